package io.steppewatch.notifier.slack;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;

/**
 * A message for an incoming webhook: Block Kit blocks plus the plain-text fallback that notifications
 * and clients without Block Kit show.
 *
 * @param text   fallback text, already escaped
 * @param blocks the blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }

    /** The webhook payload {@code {"text": ..., "blocks": [...]}}. */
    public String toJson() {
        JsonObject payload = new JsonObject();
        payload.addProperty("text", text);
        JsonArray array = new JsonArray();
        for (LayoutBlock block : blocks) {
            array.add(SlackJson.GSON.toJsonTree(block, LayoutBlock.class));
        }
        payload.add("blocks", array);
        return SlackJson.GSON.toJson(payload);
    }
}
