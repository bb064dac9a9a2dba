// GENERATED FILE: do not edit by hand.
// Source: specs/ideogram/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe
         * @description Describe an image. Returns `{descriptions: [{text}]}`.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     The reference lists no 401 for this endpoint; the 401 below follows Ideogram's general
         *     "Errors and billing" page (missing or invalid key).
         */
        post: operations["legacyDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit (legacy)
         * @description Edit a given image synchronously using the provided mask. The mask indicates which part of the
         *     image should be edited, while the prompt and chosen style type can further guide the edit.
         *     Only the models V_2 and V_2_TURBO support editing.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["legacyEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate (legacy)
         * @description Generates images synchronously based on a given prompt and optional parameters.
         *     The body is JSON: `{"image_request": {...}}`.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["legacyGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/magic-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Magic Prompt
         * @description Transforms a basic prompt into a magic prompt. The reference says "Internal use only (feature flagged)": a key without the flag may be refused. Takes a multipart form or the same fields as JSON.
         */
        post: operations["magicPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reframe (legacy)
         * @description Reframe a square image to a chosen resolution. The supported image formats include JPEG, PNG,
         *     and WebP.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["legacyReframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix (legacy)
         * @description Remix provided images synchronously based on a given prompt and optional parameters.
         *     The form has two parts: `image_request` (JSON) and `image_file`.
         *
         *     Input images are cropped to the chosen aspect ratio before being remixed.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         *
         *     The reference documents 403 (not 401) for an unauthorised request on this endpoint.
         */
        post: operations["legacyRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upscale
         * @description Upscale provided images synchronously with an optional prompt.
         *     The form has two parts: `image_request` (JSON) and `image_file`.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         *
         *     The reference documents 403 (not 401) for an unauthorised request on this endpoint.
         */
        post: operations["legacyUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook signing keys (JWKS)
         * @description The Ed25519 public keys that verify `v4GenerationCompleted` deliveries, as a JSON Web Key Set. The
         *     webhooks page names this address and says each key's `x` is the 32-byte public key, base64url without
         *     padding, and that the set is cacheable (refresh it when a signature fails, in case keys rotated). The
         *     other members (`kty`, `crv`, `kid`, `alg`, `use`) are the JWK standard's for Ed25519 keys (RFC 8037);
         *     the page shows no example. The mock publishes the public half of the key it signs with.
         */
        get: operations["getWebhookKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit images with a prompt
         * @description Edit one or more images using a text prompt. Provide images via file upload (`images`, up to 10) or Ideogram image URLs (`image_urls`), and describe the desired edit in your prompt.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v1Edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generations/{generation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a generation
         * @description Returns an asynchronous generation by id: its status (`pending`, `completed`, `failed`) and, once completed, the images and the cost (`usage_cost_usd_micros`). Only the key that created a generation sees it; another key gets the 404.
         */
        get: operations["getGeneration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit with Ideogram 3.0
         * @description Edit a given image synchronously using the provided mask with Ideogram 3.0. The mask indicates
         *     which part of the image should be edited, while the prompt and chosen style can further guide
         *     the edit. The mask must have the same dimensions as the image.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["v3Edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 3.0
         * @description Generates images synchronously based on a given prompt and optional parameters using the
         *     Ideogram 3.0 model. Send a multipart form (needed for reference images); the reference also
         *     accepts the same fields as a JSON object (without file fields).
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["v3Generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate-design": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a design from a text prompt with text detection and correction
         * @description Generates a design synchronously from a text prompt using the Ideogram 3.0 model, then detects and corrects text layers within the generated image.
         *
         *     The response includes the generated image URL along with detected text layers (with font, size, color, position) and image asset layers.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v3GenerateDesign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/generate-transparent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 3.0 (Transparent Background)
         * @description Generates images with transparent background synchronously based on a given prompt and optional parameters using the Ideogram 3.0 model. Images will be generated using maximum supported resolution at the specified aspect ratio to allow best results with upscaler. The selected resolution is written to the response, not the upscaled final resolution.
         *
         *     `rendering_speed=FLASH` is not supported for transparent-background generation; the request will return a 400.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v3GenerateTransparent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/graphic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate graphics with Ideogram 3.0 and text correction (deprecated)
         * @deprecated
         * @description Deprecated: Use /v1/ideogram-v3/generate-design for text-to-design or /v1/ideogram-v3/layerize-design for image-to-design.
         *
         *     Generates graphics synchronously based on a given prompt and optional parameters using the Ideogram 3.0 model, with text detection and correction capabilities.
         */
        post: operations["v3Graphic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/inpaint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inpaint with Ideogram 3.0
         * @description Inpaint a given image synchronously using the provided mask with Ideogram 3.0. The mask indicates which part of the image should be edited, while the prompt and chosen style can further guide the edit. Same request body as `POST /v1/ideogram-v3/edit` (EditImageRequestV3); the mask must have the same dimensions as the image.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v3Inpaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/layerize-design": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Layerize an existing flat graphic image with text detection and correction
         * @description Processes an existing flat graphic image to detect and correct text layers without generating a new image from scratch.
         *
         *     The uploaded image is analyzed for text content, which is then removed and returned as structured text layers with font matching, sizing, and color information.
         *
         *     Supported image formats include JPEG, PNG, and WebP (max size 10MB). The `font_file_*` parts are font files (.ttf, .otf, .woff, .woff2, max 5MB): the mock only accepts image uploads, so it refuses them (see NOTES.md).
         */
        post: operations["v3LayerizeDesign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/layerize-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Layerize Text
         * @description Analyzes an image to detect text regions, then returns each detected text block with its position, content, font information, and styling.
         *
         *     The response includes a text-erased base image (background with all text removed) and a flat list of detected text blocks.
         *
         *     Supported image formats include JPEG, PNG, and WebP (max size 10MB).
         */
        post: operations["v3LayerizeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reframe with Ideogram 3.0
         * @description Reframe a square image to a chosen resolution with Ideogram 3.0. The supported image formats
         *     include JPEG, PNG, and WebP.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["v3Reframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix with Ideogram 3.0
         * @description Remix provided images synchronously based on a given prompt and optional parameters with the
         *     Ideogram 3.0 model.
         *
         *     Input images are cropped to the chosen aspect ratio before being remixed.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         *
         *     The reference documents 403 (not 401) for an unauthorised request on this endpoint, as it does
         *     for the legacy `/remix`.
         */
        post: operations["v3Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace Background with Ideogram 3.0
         * @description Replace the background of a given image synchronously using a prompt with Ideogram 3.0. The
         *     foreground subject will be identified and kept, while the background is replaced based on the
         *     prompt and chosen style.
         *     Supported image formats include JPEG, PNG, and WebP.
         *     Images links are available for a limited period of time; if you would like to keep the image,
         *     you must download it.
         */
        post: operations["v3ReplaceBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v3/try-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Virtual Try-On with Ideogram 3.0
         * @description Performs virtual clothing try-on by automatically segmenting the clothing in the provided image and replacing it based on the prompt. The user provides an image, exactly one product reference image and an optional prompt describing the desired clothing change (e.g., "change his shirt to a pink shirt").
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v3TryOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v4/async/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 4.0 asynchronously
         * @description Accepts an Ideogram 4.0 generation request for asynchronous processing and returns immediately with a generation_id. Poll `GET /v1/generations/{generation_id}` to retrieve the result. If a `webhook_url` is supplied, the generated images are additionally POSTed to it once ready (the `v4GenerationCompleted` webhook), in a payload that mirrors the synchronous response with an added generation_id for correlation.
         *
         *     The mock runs a job: `pending` until it completes or fails, one step per poll (or on the clock with `--job-mode time`), and signs its webhook with its own Ed25519 key, published at `/v1/.well-known/jwks.json` on the mock (NOTES.md).
         */
        post: operations["v4GenerateAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v4/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe with Ideogram 4.0
         * @description Describe an image with Ideogram 4.0 and return a structured V4JsonPrompt. The returned
         *     `json_prompt` is a working JSON prompt that can be passed directly as `json_prompt` to the
         *     `/v1/ideogram-v4/generate` family of endpoints.
         *
         *     Supported image formats include JPEG, PNG, and WebP.
         *
         *     The page lists 400, 422, 429 and 503 and no 401, though the endpoint takes the same `Api-Key`:
         *     the spec adds Ideogram's 401 (NOTES.md).
         */
        post: operations["describeV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v4/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate with Ideogram 4.0
         * @description Generates images synchronously using the Ideogram 4.0 model (published spec: `prompt`, `seed`, `magic_prompt_option`, `custom_model_uri`; see NOTES.md for the v4 pages that document `text_prompt`/`json_prompt` instead).
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["v4Generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-v4/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix with Ideogram 4.0
         * @description Remix an image synchronously using the Ideogram 4.0 model with an initial image and a prompt.
         *     Mirrors `/v1/ideogram-v3/remix` semantics (including `image_weight` for how strongly the output
         *     should resemble the input image) but routes the request through the V_4_0 model.
         *
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["remixV4"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/remove-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove Background
         * @description Remove the background of a given image synchronously. The foreground subject is identified and returned on a transparent background. `data` always has exactly one entry.
         *
         *     Supported image formats include JPEG, PNG, and WebP (up to 25 MB per the page; the mock enforces its 10 MB limit for every image, see NOTES.md). Not in the published OpenAPI file.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        post: operations["removeBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    v4GenerationCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generation result sent to webhook_url
         * @description Ideogram sends a JSON POST to the request's `webhook_url` once every image for the request has
         *     finished generating. The body mirrors the synchronous response with `generation_id` added.
         *
         *     Signing (https://developer.ideogram.ai/v1/ideogram-api/webhooks): Ed25519. Fetch the public keys
         *     from `GET https://api.ideogram.ai/v1/.well-known/jwks.json` (JWK form; `x` is the 32-byte public key,
         *     base64url without padding; cacheable, refresh when a signature fails). Rebuild the signed message by
         *     joining four values with single `\n` separators, UTF-8 encoded, one of them a hash of the raw body
         *     bytes exactly as received; decode `X-Ideogram-Webhook-Signature` from hex and accept it if any key
         *     verifies (`X-Ideogram-Webhook-Key-Id` says which key to try first). The stored page was cut off
         *     before the list of the four values: the order (generation id, user id, timestamp, SHA-256 hex of
         *     the body) is x-unconfirmed.
         *
         *     The mock sends it once a job with a `webhook_url` completes (not when it fails: the page describes
         *     deliveries only of finished images), signed with the key its `/v1/.well-known/jwks.json` publishes.
         */
        post: operations["v4GenerationCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * AspectRatio
         * @description (Cannot be used in conjunction with resolution) The aspect ratio to use for image generation, which determines the image's resolution. Defaults to ASPECT_1_1.
         * @example ASPECT_10_16
         * @enum {string}
         */
        AspectRatio: "ASPECT_10_16" | "ASPECT_16_10" | "ASPECT_9_16" | "ASPECT_16_9" | "ASPECT_3_2" | "ASPECT_2_3" | "ASPECT_4_3" | "ASPECT_3_4" | "ASPECT_1_1" | "ASPECT_1_3" | "ASPECT_3_1";
        /**
         * AspectRatioV3
         * @description The aspect ratio to use for image generation, which determines the image's resolution. Cannot be used in conjunction with resolution. Defaults to 1x1.
         * @enum {string}
         */
        AspectRatioV3: "1x3" | "3x1" | "1x2" | "2x1" | "9x16" | "16x9" | "10x16" | "16x10" | "2x3" | "3x2" | "3x4" | "4x3" | "4x5" | "5x4" | "1x1";
        /**
         * AsyncGenerationAccepted
         * @description Answer of an asynchronous generation request. The pages say it "returns immediately with a generation_id"; the rest of the shape is not shown.
         */
        AsyncGenerationAccepted: {
            /**
             * @description URL-safe base64 id of the generation; poll `GET /v1/generations/{generation_id}`.
             * @example xtdZiqPwRxqY1Y7NExFmzB
             */
            generation_id: string;
        };
        /**
         * ColorPaletteWithPresetNameOrMembers
         * @description A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly via hexadecimal representations of the color with optional weights (members), not both. Not supported by V_1, V_1_TURBO, V_2A and V_2A_TURBO models.
         */
        ColorPalette: components["schemas"]["ColorPaletteWithPresetName"] | components["schemas"]["ColorPaletteWithMembers"];
        /**
         * ColorPaletteMember
         * @description A member of a color palette.
         */
        ColorPaletteMember: {
            /**
             * @description The hexadecimal representation of the color with an optional chosen weight.
             * @example #FFFFFF
             */
            color_hex: string;
            /**
             * @description The weight of the color in the color palette.
             * @example 0.25
             */
            color_weight?: number;
        };
        /**
         * ColorPalettePresetName
         * @description A color palette preset value.
         * @example PASTEL
         * @enum {string}
         */
        ColorPalettePresetName: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        /**
         * ColorPaletteWithMembers
         * @description A color palette represented only via its members. Cannot be used in conjunction with preset name.
         * @example {
         *       "members": [
         *         {
         *           "color_hex": "#b470b3",
         *           "color_weight": 0.49
         *         },
         *         {
         *           "color_hex": "#7a79e3",
         *           "color_weight": 0.16
         *         }
         *       ]
         *     }
         */
        ColorPaletteWithMembers: {
            /**
             * @description A list of ColorPaletteMembers that define the color palette. Each color palette member
             *     consists of a required color hex and an optional weight between 0.05 and 1.0 (inclusive).
             *     It is recommended that these weights descend from highest to lowest for the color hexes provided.
             */
            members: components["schemas"]["ColorPaletteMember"][];
        };
        /**
         * ColorPaletteWithPresetName
         * @example {
         *       "name": "PASTEL"
         *     }
         */
        ColorPaletteWithPresetName: {
            name: components["schemas"]["ColorPalettePresetName"];
        };
        /**
         * CustomModelUri
         * @description A custom model URI in the format model/<model_name>/version/<version_name>.
         *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
         * @example model/my-custom-model/version/1
         */
        CustomModelUri: string;
        /**
         * DescribeModelVersion
         * @description The model version to use for describing images. Defaults to V_3.
         * @default V_3
         * @enum {string}
         */
        DescribeModelVersion: "V_2" | "V_3" | "CUSTOM";
        /**
         * DescribeRequest
         * @description Multipart body of `POST /describe`.
         */
        DescribeRequest: {
            describe_model_version?: components["schemas"]["DescribeModelVersion"];
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
        };
        DescribeRequestV4: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
            /**
             * @description When true (default), the response preserves bounding boxes on each element so the prompt can be
             *     pasted into /v1/ideogram-v4/generate as json_prompt and reproduce the source layout. Set to false
             *     to drop bounding boxes and let the sampler place elements freely.
             * @default true
             */
            include_bbox: boolean;
        };
        /**
         * DescribeResponse
         * @description The response for a describe request encapsulates a list of descriptions. The reference lists no
         *     required field; its example and every documented answer have `descriptions` (NOTES.md).
         */
        DescribeResponse: {
            /** @description A collection of descriptions for given content. */
            descriptions: components["schemas"]["Description"][];
        };
        DescribeResponseV4: {
            /**
             * @description Structured prompt for Ideogram 4.0 generation. When json_prompt is supplied, magic-prompt is
             *     disabled and the diffusion model consumes the JSON contract directly. Mutually exclusive with
             *     text_prompt and the legacy prompt field. Its fields beyond those in the page's example are not
             *     published in the stored page; the spec leaves the object open.
             */
            json_prompt: Record<string, never>;
        };
        /**
         * Description
         * @description The reference lists no required field; every documented answer has `text` (NOTES.md).
         */
        Description: {
            /** @description The generated description for the provided image. */
            text: string;
        };
        /**
         * DetectedTextBlock
         * @description A single detected text region with its position, content, font information, and styling.
         */
        DetectedTextBlock: {
            /**
             * alignment
             * @description Detected text alignment.
             * @enum {string}
             */
            alignment: "left" | "center" | "right";
            /**
             * angle
             * @description Rotation angle in degrees (clockwise). Defaults to 0.
             * @default 0
             */
            angle: number;
            /**
             * color
             * @description Detected text color in hex format.
             * @example #212121
             */
            color?: string | null;
            /**
             * font_alternatives
             * @description Alternative font matches, ranked by similarity.
             */
            font_alternatives?: string[] | null;
            /**
             * font_name
             * @description Best-matching font name from the font library.
             */
            font_name?: string | null;
            /**
             * font_size
             * @description Detected font size in points.
             */
            font_size?: number | null;
            /**
             * formatting
             * @description Detected text formatting effects.
             */
            formatting: ("bold" | "italic" | "underline" | "strikethrough" | "all_caps" | "small_caps" | "superscript" | "subscript")[];
            /**
             * height
             * @description Height of the text region in pixels.
             */
            height: number;
            /**
             * line_height
             * @description Line height multiplier (e.g., 1.2).
             */
            line_height?: number | null;
            /**
             * role
             * @description Inferred typographic role of this text block.
             * @enum {string|null}
             */
            role?: "heading" | "subheading" | "body" | "caption" | null;
            /**
             * text
             * @description The detected text content. Line breaks are represented as \n.
             * @example Hello World
             */
            text: string;
            /**
             * width
             * @description Width of the text region in pixels.
             */
            width: number;
            /**
             * x
             * @description X coordinate in pixels from the top-left corner.
             */
            x: number;
            /**
             * y
             * @description Y coordinate in pixels from the top-left corner.
             */
            y: number;
        };
        /**
         * EditImageRequestV3
         * @description Multipart body of `POST /v1/ideogram-v3/edit`. The mask must have the same dimensions as the
         *     image. `style_codes` cannot be used together with `style_type` or `style_reference_images`.
         */
        EditImageRequestV3: {
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: string[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: string[];
            color_palette?: components["schemas"]["ColorPalette"];
            custom_model_uri?: components["schemas"]["CustomModelUri"];
            /**
             * Format: binary
             * @description The image being edited (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * Format: binary
             * @description A black and white image of the same size as the image being edited (max size 10MB). Black regions in the mask should match up with the regions of the image that you would like to edit; only JPEG, WebP and PNG formats are supported at this time.
             */
            mask: string;
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt used to describe the edited result.
             * @example A photo of a cat.
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. Cannot be used together with style_codes. */
            style_reference_images?: string[];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * ErrorResponse
         * @description Error body for 400, 401 and 403. The reference gives these statuses no body; `{error: string}`
         *     is assumed from the documented 422 body (GenerateImageSafetyError) and the 429 body.
         */
        ErrorResponse: {
            /** @description A human-readable message. */
            error: string;
        };
        GenerateDesignRequestV3: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: string;
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: string;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from a design. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of designs to generate.
             * @default 1
             */
            num_images: number;
            /**
             * @description The prompt to use to generate the design.
             * @example A birthday card saying 'Happy Birthday'
             */
            prompt: string;
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: string[];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            /** @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type. */
            style_codes?: components["schemas"]["StyleCode"][];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: string[];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        GenerateGraphicRequestV3: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            /**
             * Format: binary
             * @description An existing flat graphic image to process for text detection and correction without generating a new image. When provided, image generation is bypassed. The image should be in JPEG, PNG or WebP format (max size 10MB).
             */
            flat_graphic_image?: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: string;
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: string;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from a graphic. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of graphics to generate.
             * @default 1
             */
            num_images: number;
            /**
             * @description The prompt to use to generate the graphic.
             * @example A birthday card saying 'Happy Birthday'
             */
            prompt?: string;
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: string[];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            /** @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type. */
            style_codes?: components["schemas"]["StyleCode"][];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
            style_reference_images?: string[];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * GenerateImageRequest
         * @description Body of the legacy `POST /generate`.
         */
        GenerateImageRequest: {
            image_request: components["schemas"]["ImageRequest"];
        };
        /**
         * GenerateImageRequestV3
         * @description Body of `POST /v1/ideogram-v3/generate`. `aspect_ratio` and `resolution` cannot be used
         *     together; `style_codes` cannot be used together with `style_type` or `style_reference_images`.
         */
        GenerateImageRequestV3: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: string[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: string[];
            color_palette?: components["schemas"]["ColorPalette"];
            custom_model_uri?: components["schemas"]["CustomModelUri"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. Cannot be used together with style_codes. */
            style_reference_images?: string[];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        GenerateImageRequestV4: {
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI.
             * @example model/my-custom-model/version/0
             */
            custom_model_uri?: string;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description The text prompt for image generation. */
            prompt: string;
            /**
             * @description Random seed for reproducibility. The reference types it as a nullable integer with no range; the
             *     spec uses the 0-2147483647 range the reference gives the seed in every v4 answer, and reads null
             *     as "not sent" (NOTES.md).
             */
            seed?: components["schemas"]["Seed"];
        };
        /**
         * GenerateImageRequestV4Async
         * @description Body of `POST /v1/ideogram-v4/async/generate`. The async page documents `text_prompt` (natural language;
         *     magic prompt is then enabled automatically) and `json_prompt` (a structured prompt; disables magic prompt),
         *     mutually exclusive; the stored excerpt stops there. The published spec's synchronous v4 body (`prompt`,
         *     `seed`, `magic_prompt_option`, `custom_model_uri`) is accepted too, as an assumption (NOTES.md).
         */
        GenerateImageRequestV4Async: {
            /** @description A custom model URI in the format model/<model_name>/version/<version_name>. */
            custom_model_uri?: string;
            /** @description A structured prompt (its schema was cut off in the stored page). Mutually exclusive with text_prompt. */
            json_prompt?: Record<string, never>;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description The published spec's v4 prompt field (assumed accepted here too). */
            prompt?: string;
            seed?: components["schemas"]["Seed"];
            /** @description A natural-language prompt for image generation. When supplied, magic-prompt is enabled automatically. Mutually exclusive with json_prompt. */
            text_prompt?: string;
        };
        GenerateTransparentImageRequestV3: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /**
             * @description A custom model URI in the format model/<model_name>/version/<version_name>.
             *     When provided, the model version and style will be resolved from this URI, and style_type is not required.
             *     A model must be able to generate transparent background to be used for this endpoint.
             * @example model/my-custom-model/version/1
             */
            custom_model_uri?: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence
             *     to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            /**
             * @description Number of images to generate.
             * @default 1
             */
            num_images: number;
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed?: number;
            upscale_factor?: components["schemas"]["UpscaleFactor"];
        };
        /**
         * Generation
         * @description An asynchronous generation as `GET /v1/generations/{generation_id}` returns it. Statuses `pending`,
         *     `completed`, `failed`; `usage_cost_usd_micros` when completed. The field set beyond those is assumed
         *     from the webhook payload (`generation_id`, `created`, `data`).
         */
        Generation: {
            /** Format: date-time */
            created?: string;
            data?: components["schemas"]["WebhookImageObject"][];
            generation_id: string;
            /** @enum {string} */
            status: "pending" | "completed" | "failed";
            /** @description The cost of the generation in millionths of a US dollar (completed generations). */
            usage_cost_usd_micros?: number;
        };
        /**
         * GenerationWebhookPayload
         * @description What Ideogram POSTs to `webhook_url` once every image has finished: the synchronous response plus
         *     `generation_id`. (The async page's parameter text names the id `request_id`; the webhooks page and its
         *     example say `generation_id`: NOTES.md.)
         */
        GenerationWebhookPayload: {
            /** Format: date-time */
            created: string;
            data: components["schemas"]["WebhookImageObject"][];
            /** @description URL-safe base64 ID of the generation. */
            generation_id: string;
        };
        /** ImageGenerationObjectV4 */
        ImageGenerationObjectV4: {
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             */
            prompt: string;
            resolution: components["schemas"]["ResolutionV4"];
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89
             */
            url?: string | null;
        };
        /**
         * GenerateImageResponse
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        ImageGenerationResponse: {
            /**
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /** @description A list of ImageObjects that contain the generated image(s). */
            data: components["schemas"]["ImageObject"][];
        };
        /**
         * ImageGenerationResponseV3
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        ImageGenerationResponseV3: {
            /**
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /** @description A list of ImageObjects that contain the generated image(s). */
            data: components["schemas"]["ImageObjectV3"][];
        };
        /**
         * ImageGenerationResponseV4
         * @description The response which contains information about the generated image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        ImageGenerationResponseV4: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["ImageGenerationObjectV4"][];
        };
        /**
         * ImageLayerV3
         * @description An image layer (logo, brand asset, icon) for a layered image generation.
         */
        ImageLayerV3: {
            /**
             * height
             * @description The height of the layer.
             */
            height: number;
            /**
             * ref_id
             * @description Reference ID matching a provided reference image (e.g., "REF_0"), or -1 if no match.
             * @example REF_0
             */
            ref_id?: string;
            /**
             * width
             * @description The width of the layer.
             */
            width: number;
            /**
             * x
             * @description The x coordinate of the layer.
             */
            x: number;
            /**
             * y
             * @description The y coordinate of the layer.
             */
            y: number;
        };
        /**
         * ImageObject
         * @description One generated image (legacy endpoints).
         */
        ImageObject: {
            /** @description Whether this request passes safety checks. If false, the url field will be empty. */
            is_image_safe: boolean;
            /** @description The prompt used for the generation. This may be different from the original prompt. */
            prompt: string;
            /**
             * @description The resolution of the final image, as width x height (e.g. 1024x1024).
             * @example 1024x1024
             */
            resolution: string;
            seed: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
            upscaled_resolution?: components["schemas"]["UpscaledResolution"];
            url?: components["schemas"]["ImageUrl"];
        };
        /**
         * ImageGenerationObjectV3
         * @description One generated image (Ideogram 3.0 endpoints).
         */
        ImageObjectV3: {
            /** @description Whether this request passes safety checks. If false, the url field will be empty. */
            is_image_safe: boolean;
            /** @description The prompt used for the generation. This may be different from the original prompt. */
            prompt: string;
            resolution: components["schemas"]["ResolutionV3"];
            seed: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleTypeV3"];
            upscaled_resolution?: components["schemas"]["UpscaledResolution"];
            url?: components["schemas"]["ImageUrl"];
        };
        /**
         * ImageRequest
         * @description The `image_request` of a legacy generate request. `aspect_ratio` and `resolution` cannot be
         *     used together (the schema rejects a request carrying both).
         */
        ImageRequest: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            color_palette?: components["schemas"]["ColorPalette"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            magic_prompt_version?: components["schemas"]["MagicPromptVersion"];
            model?: components["schemas"]["ModelEnum"];
            /**
             * @description Only available for model versions V_1, V_1_TURBO, V_2 and V_2_TURBO. Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt to use to generate the image.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves.
             */
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * ImageUrl
         * Format: uri
         * @description The direct link to the image generated. Empty (null) when is_image_safe is false. Links expire after a limited period.
         * @example https://ideogram.ai/api/images/direct/8YEpFzHuS-S6xXEGmCsf7g
         */
        ImageUrl: string | null;
        /**
         * ImageWeight
         * @description How strongly the input image influences the result (1-100).
         * @default 50
         * @example 50
         */
        ImageWeight: number;
        /**
         * InitialImageRequest
         * @description A request to generate a new image using a provided image and a prompt (ImageRequest plus image_weight). aspect_ratio and resolution cannot be used together.
         */
        InitialImageRequest: {
            image_weight?: components["schemas"]["ImageWeight"];
        } & components["schemas"]["ImageRequest"];
        /** LayeredImageGenerationObjectV3 */
        LayeredImageGenerationObjectV3: {
            /** image_layers */
            image_layers?: components["schemas"]["ImageLayerV3"][];
            /**
             * text_containers
             * @description Hierarchical text container data as a list of TextContainerV3 objects.
             */
            text_containers?: components["schemas"]["TextContainerV3"][] | null;
            /**
             * text_html
             * @description Rendered HTML string for text overlays with inline CSS for absolute positioning.
             */
            text_html?: string | null;
            /**
             * url
             * Format: uri
             * @description The direct link to the text-erased base image. This is the background image with text removed, suitable for re-compositing with the text layers. Falls back to the cover image if the text-erased image is unavailable.
             */
            url?: string | null;
        } & components["schemas"]["ImageObjectV3"];
        /**
         * LayeredImageGenerationResponseV3
         * @description The response which contains information about the generated image, including the download link and other text layeres.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        LayeredImageGenerationResponseV3: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the generated image(s).
             */
            data: components["schemas"]["LayeredImageGenerationObjectV3"][];
        };
        LayerizeDesignRequestV3: {
            /**
             * Format: binary
             * @description The flat graphic image to process for text detection and correction. The image should be in JPEG, PNG or WebP format (max size 10MB).
             */
            flat_graphic_image: string;
            /**
             * Format: binary
             * @description Custom font file for body text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_body.
             */
            font_file_body?: string;
            /**
             * Format: binary
             * @description Custom font file for H1 (heading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h1.
             */
            font_file_h1?: string;
            /**
             * Format: binary
             * @description Custom font file for H2 (subheading) text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_h2.
             */
            font_file_h2?: string;
            /**
             * Format: binary
             * @description Custom font file for small/caption text. Supported formats .ttf, .otf, .woff, .woff2 (max 5MB). Takes priority over font_name_small.
             */
            font_file_small?: string;
            /** @description Font name from the available font library for body text. Ignored if font_file_body is provided. */
            font_name_body?: string;
            /**
             * @description Font name from the available font library for H1 text. Ignored if font_file_h1 is provided.
             * @example Ubuntu-Bold.ttf
             */
            font_name_h1?: string;
            /** @description Font name from the available font library for H2 text. Ignored if font_file_h2 is provided. */
            font_name_h2?: string;
            /** @description Font name from the available font library for small text. Ignored if font_file_small is provided. */
            font_name_small?: string;
            /** @description An optional prompt to describe the image. If not provided, a prompt will be auto-generated from the image via captioning. */
            prompt?: string;
            /** @description A set of asset images (e.g., logos, icons) to use as references for detection and replacement (maximum 10 images). The images should be in JPEG, PNG or WebP format. */
            reference_asset_images?: string[];
            seed?: components["schemas"]["Seed"];
        };
        LayerizeTextRequest: {
            /**
             * Format: binary
             * @description The image to analyze for text detection. The image should be in JPEG, PNG, or WebP format (max size 10MB).
             */
            image: string;
            /** @description An optional text description of the image. If not provided, a description will be auto-generated from the image. */
            prompt?: string;
            seed?: components["schemas"]["Seed"];
        };
        /**
         * LayerizeTextResponse
         * @description The response containing detected text blocks and a text-erased base image.
         *
         *     Image links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        LayerizeTextResponse: {
            /**
             * base_image_url
             * Format: uri
             * @description URL of the image with all detected text removed.
             */
            base_image_url: string;
            /**
             * original_image_url
             * Format: uri
             * @description URL of the original image with text intact.
             */
            original_image_url?: string | null;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            /**
             * text_blocks
             * @description Flat list of detected text regions in the image.
             */
            text_blocks: components["schemas"]["DetectedTextBlock"][];
        };
        /**
         * LegacyEditModel
         * @description The model used to edit an image. The legacy /edit endpoint is only supported for V_2 and V_2_TURBO (a subset of ModelEnum).
         * @example V_2_TURBO
         * @enum {string}
         */
        LegacyEditModel: "V_2" | "V_2_TURBO";
        /**
         * EditImageRequest
         * @description Multipart body of the legacy `POST /edit` (flat text fields plus two files).
         */
        LegacyEditRequest: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /**
             * Format: binary
             * @description A black and white image of the same size as the image being edited (max size 10MB). Black regions in the mask should match up with the regions of the image that you would like to edit; only JPEG, WebP and PNG formats are supported at this time.
             */
            mask: string;
            model: components["schemas"]["LegacyEditModel"];
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt used to describe the edited result. */
            prompt: string;
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * ReframeImageRequest
         * @description Multipart body of the legacy `POST /reframe`.
         */
        LegacyReframeRequest: {
            /**
             * Format: binary
             * @description The image being reframed (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
            model: components["schemas"]["ModelEnum"];
            num_images?: components["schemas"]["NumImages"];
            resolution: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * RemixImageRequest
         * @description A request to generate an image from a source image and a provided caption, provided images are cropped to match the chosen output aspect ratio.
         */
        LegacyRemixRequest: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
            image_request: components["schemas"]["InitialImageRequest"];
        };
        /**
         * UpscaleImageRequest
         * @description Multipart body of `POST /upscale`.
         */
        LegacyUpscaleRequest: {
            /**
             * Format: binary
             * @description An image binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image_file: string;
            image_request: components["schemas"]["UpscaleInitialImageRequest"];
        };
        /**
         * MagicPromptOption
         * @description Determine if MagicPrompt should be used in generating the request or not.
         * @example ON
         * @enum {string}
         */
        MagicPromptOption: "AUTO" | "ON" | "OFF";
        /**
         * MagicPromptRequest
         * @description A request to generate a magic prompt
         */
        MagicPromptRequest: {
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: string[];
            /**
             * @description Whether to classify the prompt into a use case category.
             * @default true
             * @example false
             */
            classify_prompt_category: boolean;
            magic_prompt_version: components["schemas"]["MagicPromptVersion"];
            /**
             * @description The prompt to enhance with a magic prompt
             * @example a cat
             */
            prompt: string;
            /**
             * @description Random seed for reproducible generation
             * @example 12345
             */
            seed?: number;
            style_type?: components["schemas"]["StyleTypeV3"];
            /**
             * @description A system prompt to use for the magic prompt.
             * @example You are a helpful assistant that generates magic prompts for images.
             */
            system_prompt?: string;
        };
        /**
         * MagicPromptResponse
         * @description The response containing generated magic prompt
         */
        MagicPromptResponse: {
            /** @description The generated magic prompt */
            magic_prompt: string;
        };
        /**
         * MagicPromptVersionEnum
         * @description The magic prompt version to use when magic prompt option is set to AUTO or ON.
         * @example V_0
         * @enum {string}
         */
        MagicPromptVersion: "V_0" | "V_0_1" | "V_0_2" | "V_0_3" | "V_0_4" | "V_0_5" | "V_0_6" | "V_0_7" | "V_0_8";
        /**
         * ModelEnum
         * @description The model used to generate an image or edit one. /generate and /remix supports all model types, however, /edit is only supported for V_2 and V_2_TURBO.
         * @default V_2
         * @example V_2_TURBO
         * @enum {string}
         */
        ModelEnum: "V_1" | "V_1_TURBO" | "V_2" | "V_2_TURBO" | "V_2A" | "V_2A_TURBO" | "V_3" | "AUTO";
        /**
         * NumImages
         * @description The number of images to generate.
         * @default 1
         */
        NumImages: number;
        /**
         * PaymentRequiredError
         * @description 402 body. Ideogram's "Errors and billing" page documents a `reject_reason` (such as
         *     `insufficient_funds` or `daily_limit`); the rest of the shape (an `error` message alongside it,
         *     as in the 429 body) is assumed.
         */
        PaymentRequiredError: {
            /** @description A human-readable message (assumed, by analogy with the 429 body). */
            error?: string;
            /**
             * @description Why the request was refused, e.g. `insufficient_funds` or `daily_limit`. Other values may exist.
             * @example insufficient_funds
             * @example daily_limit
             */
            reject_reason: string;
        };
        /**
         * RateLimitError
         * @description 429 body, as Ideogram's "Rate limits" page documents it: `{error, reject_reason: "inflight_limit"}`,
         *     optionally with `max_inflight_requests` (the organisation's limit, counted in images) and
         *     `task_completion_speed`.
         */
        RateLimitError: {
            /** @description A human-readable message. */
            error: string;
            /**
             * @description The organisation's in-flight limit. Despite its name it counts images (and videos), not requests.
             * @example 10
             */
            max_inflight_requests?: number;
            /**
             * @description Why the request was refused; `inflight_limit` when the organisation's in-flight limit is reached.
             * @example inflight_limit
             */
            reject_reason?: string;
            /** @description Mentioned by the rate-limits page without a type or meaning; left untyped. */
            task_completion_speed?: unknown;
        };
        /**
         * ReframeImageRequestV3
         * @description Multipart body of `POST /v1/ideogram-v3/reframe`. `style_codes` cannot be used together with `style_reference_images`.
         */
        ReframeImageRequestV3: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * Format: binary
             * @description The image being reframed (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
            num_images?: components["schemas"]["NumImages"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. Cannot be used together with style_codes. */
            style_reference_images?: string[];
        };
        /**
         * RemixImageRequestV3
         * @description Multipart body of `POST /v1/ideogram-v3/remix`. `aspect_ratio` and `resolution` cannot be used
         *     together; `style_codes` cannot be used together with `style_type` or `style_reference_images`.
         */
        RemixImageRequestV3: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /** @description Generations with character reference are subject to the character reference pricing. A set of images to use as character references (maximum total size 10MB across all character references), currently only supports 1 character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images?: string[];
            /** @description Optional masks for character reference images. When provided, must match the number of character_reference_images. Each mask should be a grayscale image of the same dimensions as the corresponding character reference image. The images should be in JPEG, PNG or WebP format. */
            character_reference_images_mask?: string[];
            color_palette?: components["schemas"]["ColorPalette"];
            custom_model_uri?: components["schemas"]["CustomModelUri"];
            /**
             * Format: binary
             * @description The image to remix binary (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
            image_weight?: components["schemas"]["ImageWeight"];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @example brush strokes, painting
             */
            negative_prompt?: string;
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt to use to generate the image.
             * @example A photo of a cat
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. Cannot be used together with style_codes. */
            style_reference_images?: string[];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /** @description A request to remix an image with Ideogram 4.0. */
        RemixImageRequestV4: {
            /**
             * Format: binary
             * @description The initial image binary (max 10MB); only JPEG, WebP and PNG formats are supported.
             */
            image: string;
            /**
             * @description How strongly the output should resemble the input image. Higher values keep the input image's
             *     structure; lower values allow the prompt to drive the output more. When omitted, the weight is
             *     chosen automatically from the edit instruction.
             */
            image_weight?: number;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /**
             * @description "The 2K resolutions supported for Ideogram 4.0", says the page, without listing them in the stored
             *     excerpt; the spec takes the 4.0 resolutions the reference lists, which its answers use too (NOTES.md).
             */
            resolution?: components["schemas"]["ResolutionV4"];
            /** @description The text prompt that guides the remix. */
            text_prompt: string;
        };
        /**
         * RemoveBackgroundImageObject
         * @description The foreground image on a transparent background.
         */
        RemoveBackgroundImageObject: {
            /** @description Whether this request passes safety checks. If false, the url field will be empty. */
            is_image_safe: boolean;
            url?: components["schemas"]["ImageUrl"];
        };
        /**
         * RemoveBackgroundRequest
         * @description Body of `POST /v1/remove-background`.
         */
        RemoveBackgroundRequest: {
            /**
             * Format: binary
             * @description The image whose background is being removed (max size 25MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
        };
        /** RemoveBackgroundResponse */
        RemoveBackgroundResponse: {
            /**
             * Format: date-time
             * @description The time the request was created (the page's example writes it with a space, `2000-01-23 04:56:07+00:00`).
             */
            created: string;
            /** @description A list containing the single foreground image. The endpoint always returns exactly one entry. */
            data: components["schemas"]["RemoveBackgroundImageObject"][];
        };
        /**
         * RenderingSpeed
         * @description The rendering speed to use.
         * @default DEFAULT
         * @enum {string}
         */
        RenderingSpeed: "FLASH" | "TURBO" | "BALANCED" | "DEFAULT" | "QUALITY";
        /**
         * ReplaceBackgroundRequestV3
         * @description Multipart body of `POST /v1/ideogram-v3/replace-background`. `style_codes` cannot be used together with `style_reference_images`.
         */
        ReplaceBackgroundRequestV3: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * Format: binary
             * @description The image whose background is being replaced (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt describing the desired new background.
             * @example A vibrant cityscape at night.
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePresetV3"];
            /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. Cannot be used together with style_codes. */
            style_reference_images?: string[];
        };
        /**
         * Resolution
         * @description (For model_version for 2.0 only, cannot be used in conjunction with aspect_ratio) The resolution to use for image generation, represented in width x height. If not specified, defaults to using aspect_ratio.
         * @example RESOLUTION_1024_1024
         * @enum {string}
         */
        Resolution: "RESOLUTION_512_1536" | "RESOLUTION_576_1408" | "RESOLUTION_576_1472" | "RESOLUTION_576_1536" | "RESOLUTION_640_1024" | "RESOLUTION_640_1344" | "RESOLUTION_640_1408" | "RESOLUTION_640_1472" | "RESOLUTION_640_1536" | "RESOLUTION_704_1152" | "RESOLUTION_704_1216" | "RESOLUTION_704_1280" | "RESOLUTION_704_1344" | "RESOLUTION_704_1408" | "RESOLUTION_704_1472" | "RESOLUTION_720_1280" | "RESOLUTION_736_1312" | "RESOLUTION_768_1024" | "RESOLUTION_768_1088" | "RESOLUTION_768_1152" | "RESOLUTION_768_1216" | "RESOLUTION_768_1232" | "RESOLUTION_768_1280" | "RESOLUTION_768_1344" | "RESOLUTION_832_960" | "RESOLUTION_832_1024" | "RESOLUTION_832_1088" | "RESOLUTION_832_1152" | "RESOLUTION_832_1216" | "RESOLUTION_832_1248" | "RESOLUTION_864_1152" | "RESOLUTION_896_960" | "RESOLUTION_896_1024" | "RESOLUTION_896_1088" | "RESOLUTION_896_1120" | "RESOLUTION_896_1152" | "RESOLUTION_960_832" | "RESOLUTION_960_896" | "RESOLUTION_960_1024" | "RESOLUTION_960_1088" | "RESOLUTION_1024_640" | "RESOLUTION_1024_768" | "RESOLUTION_1024_832" | "RESOLUTION_1024_896" | "RESOLUTION_1024_960" | "RESOLUTION_1024_1024" | "RESOLUTION_1088_768" | "RESOLUTION_1088_832" | "RESOLUTION_1088_896" | "RESOLUTION_1088_960" | "RESOLUTION_1120_896" | "RESOLUTION_1152_704" | "RESOLUTION_1152_768" | "RESOLUTION_1152_832" | "RESOLUTION_1152_864" | "RESOLUTION_1152_896" | "RESOLUTION_1216_704" | "RESOLUTION_1216_768" | "RESOLUTION_1216_832" | "RESOLUTION_1232_768" | "RESOLUTION_1248_832" | "RESOLUTION_1280_704" | "RESOLUTION_1280_720" | "RESOLUTION_1280_768" | "RESOLUTION_1280_800" | "RESOLUTION_1312_736" | "RESOLUTION_1344_640" | "RESOLUTION_1344_704" | "RESOLUTION_1344_768" | "RESOLUTION_1408_576" | "RESOLUTION_1408_640" | "RESOLUTION_1408_704" | "RESOLUTION_1472_576" | "RESOLUTION_1472_640" | "RESOLUTION_1472_704" | "RESOLUTION_1536_512" | "RESOLUTION_1536_576" | "RESOLUTION_1536_640";
        /**
         * ResolutionV3
         * @description The resolutions supported for Ideogram 3.0 (width x height). Cannot be used in conjunction with aspect_ratio.
         * @example 1280x800
         * @enum {string}
         */
        ResolutionV3: "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /**
         * ResolutionV4
         * @description The resolutions supported for Ideogram 4.0.
         * @enum {string}
         */
        ResolutionV4: "512x512" | "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /**
         * GenerateImageSafetyError
         * @description The prompt or an input image failed the safety check (documented 422 body; the reference names it GenerateImageSafetyError, and ImageSafetyError on /describe, with the same shape).
         */
        SafetyError: {
            /** @example Prompt provided failed safety check due to the inclusion of prohibited content. */
            error: string;
        };
        /**
         * Seed
         * @description Random seed. Set for reproducible generation.
         * @example 12345
         */
        Seed: number;
        /**
         * StyleCode
         * @description The 8 character hexadecimal representation of the style code.
         * @example ABCD1234
         */
        StyleCode: string;
        /**
         * StyleCodes
         * @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style_reference_images or style_type.
         * @example [
         *       "AAFF5733",
         *       "0133FF57",
         *       "DE3357FF"
         *     ]
         */
        StyleCodes: components["schemas"]["StyleCode"][];
        /**
         * StylePresetV3
         * @description A predefined style preset that applies a specific artistic style to the generated image.
         * @example BRIGHT_ART
         * @enum {string}
         */
        StylePresetV3: "80S_ILLUSTRATION" | "90S_NOSTALGIA" | "ABSTRACT_ORGANIC" | "ANALOG_NOSTALGIA" | "ART_BRUT" | "ART_DECO" | "ART_POSTER" | "AURA" | "AVANT_GARDE" | "BAUHAUS" | "BLUEPRINT" | "BLURRY_MOTION" | "BRIGHT_ART" | "C4D_CARTOON" | "CHILDRENS_BOOK" | "COLLAGE" | "COLORING_BOOK_I" | "COLORING_BOOK_II" | "CUBISM" | "DARK_AURA" | "DOODLE" | "DOUBLE_EXPOSURE" | "DRAMATIC_CINEMA" | "EDITORIAL" | "EMOTIONAL_MINIMAL" | "ETHEREAL_PARTY" | "EXPIRED_FILM" | "FLAT_ART" | "FLAT_VECTOR" | "FOREST_REVERIE" | "GEO_MINIMALIST" | "GLASS_PRISM" | "GOLDEN_HOUR" | "GRAFFITI_I" | "GRAFFITI_II" | "HALFTONE_PRINT" | "HIGH_CONTRAST" | "HIPPIE_ERA" | "ICONIC" | "JAPANDI_FUSION" | "JAZZY" | "LONG_EXPOSURE" | "MAGAZINE_EDITORIAL" | "MINIMAL_ILLUSTRATION" | "MIXED_MEDIA" | "MONOCHROME" | "NIGHTLIFE" | "OIL_PAINTING" | "OLD_CARTOONS" | "PAINT_GESTURE" | "POP_ART" | "RETRO_ETCHING" | "RIVIERA_POP" | "SPOTLIGHT_80S" | "STYLIZED_RED" | "SURREAL_COLLAGE" | "TRAVEL_POSTER" | "VINTAGE_GEO" | "VINTAGE_POSTER" | "WATERCOLOR" | "WEIRD" | "WOODBLOCK_PRINT";
        /**
         * StyleType
         * @description The style type to generate with; this is only applicable for models V_2 and above and should not be specified for model versions V_1.
         * @example REALISTIC
         * @enum {string}
         */
        StyleType: "AUTO" | "GENERAL" | "FICTION" | "REALISTIC" | "DESIGN" | "RENDER_3D" | "ANIME" | "CUSTOM" | "STYLIZED";
        /**
         * StyleTypeV3
         * @description The style type to generate with (Ideogram 3.0; narrower than the legacy StyleType, no RENDER_3D or ANIME). Cannot be used together with style_codes.
         * @default GENERAL
         * @example GENERAL
         * @enum {string}
         */
        StyleTypeV3: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "CUSTOM" | "FICTION" | "STYLIZED";
        /**
         * TextContainerV3
         * @description A spatial grouping of related text items that form a cohesive visual unit (e.g., a title group, a list, a card).
         */
        TextContainerV3: {
            /**
             * id
             * @description Unique container identifier (e.g., "container_01").
             */
            id: string;
            /**
             * items
             * @description Ordered list of text items in this container.
             */
            items: components["schemas"]["TextItemV3"][];
        };
        /**
         * TextItemV3
         * @description A single text block within a container, representing one logical unit of text (e.g., a headline, a paragraph, a list entry).
         */
        TextItemV3: {
            /**
             * alignment
             * @description The text alignment of the item.
             * @example center
             * @enum {string}
             */
            alignment: "left" | "center" | "right";
            /**
             * angle
             * @description The angle rotation of the text, measured clockwise in degrees.
             * @example 0
             */
            angle?: number;
            /**
             * font_candidates
             * @description A list of alternate matching font files for this item.
             */
            font_candidates?: string[] | null;
            /**
             * font_file
             * @description The matched font file for this item.
             */
            font_file?: string | null;
            /**
             * font_size
             * @description The font size in points. Null for non-editable items.
             */
            font_size?: number | null;
            /**
             * glyph_type
             * @description The type of list marker glyph, if any. Null for non-list items.
             * @example null
             * @enum {string|null}
             */
            glyph_type?: "bullet" | "number" | "icon" | "other" | null;
            /**
             * height
             * @description The height of the item in pixels.
             */
            height: number;
            /**
             * line_height
             * @description The line height multiplier (e.g., 1.2). Null for non-editable items.
             */
            line_height?: number | null;
            /**
             * spans
             * @description Ordered list of text spans. Concatenating span text values produces the full item text.
             */
            spans: components["schemas"]["TextSpanV3"][];
            /**
             * style_class
             * @description Typographic classification of the text.
             * @example body
             * @enum {string}
             */
            style_class: "h1" | "h2" | "body" | "small";
            /**
             * width
             * @description The width of the item in pixels.
             */
            width: number;
            /**
             * x
             * @description The x coordinate of the item in pixels.
             */
            x: number;
            /**
             * y
             * @description The y coordinate of the item in pixels.
             */
            y: number;
        };
        /**
         * TextSpanV3
         * @description An atomic text segment within a text item, carrying text content and visual styling.
         */
        TextSpanV3: {
            /**
             * color
             * @description The hex color of the text (e.g. "#FF0000" for red).
             * @example #212121
             */
            color: string;
            /**
             * font_fx
             * @description Ordered list of style effects applied to this text span.
             *     This is the primary style field for layered text.
             */
            font_fx: ("bold" | "italic" | "underline" | "strikethrough" | "all_caps" | "small_caps" | "superscript" | "subscript")[];
            /**
             * text
             * @description The text content for this segment. Line breaks within the span are represented as \n.
             */
            text: string;
        };
        TryOnRequestV3: {
            /**
             * Format: binary
             * @description The image containing a person wearing clothing to be modified (max size 10MB); only JPEG, WebP and PNG formats are supported at this time.
             */
            image: string;
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            /** @description An image to use as the product reference for the try-on (exactly 1 image required). The image should be in JPEG, PNG or WebP format. */
            product_reference_images: string[];
            /**
             * @description The prompt describing the desired clothing change. Defaults to "Person wearing this piece of clothing" if omitted or empty.
             * @default Person wearing this piece of clothing
             * @example Change his shirt to a pink shirt
             */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            seed?: components["schemas"]["Seed"];
            style_preset?: components["schemas"]["StylePresetV3"];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * FreeformResolution
         * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
         * @example 4096x4096
         */
        UpscaledResolution: string;
        /**
         * UpscaleFactor
         * @description Upscale the initially generated image by the given factor. Upscale factors other than X1 will incur additional cost.
         * @default X1
         * @enum {string}
         */
        UpscaleFactor: "X1" | "X2" | "X4";
        /**
         * UpscaleInitialImageRequest
         * @description A request to upscale a provided image with the help of an optional prompt.
         */
        UpscaleInitialImageRequest: {
            /**
             * @description How much detail the upscale adds (1-100).
             * @default 50
             * @example 50
             */
            detail: number;
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            magic_prompt_version?: components["schemas"]["MagicPromptVersion"];
            num_images?: components["schemas"]["NumImages"];
            /** @description An optional prompt to guide the upscale */
            prompt?: string;
            /**
             * @description How closely the upscaled image resembles the input (1-100).
             * @default 50
             * @example 50
             */
            resemblance: number;
            seed?: components["schemas"]["Seed"];
        };
        /** V1EditImageObject */
        V1EditImageObject: {
            /**
             * is_image_safe
             * @description Whether this request passes safety checks. If false, the url field will be empty.
             */
            is_image_safe: boolean;
            /**
             * prompt
             * @description The prompt used for the generation. This may be different from the original prompt.
             * @example A serene tropical beach scene. Dominating the foreground are tall palm trees with lush green leaves, standing tall against a backdrop of a sandy beach. The beach leads to the azure waters of the sea, which gently kisses the shoreline. In the distance, there's an island or landmass with a silhouette of what appears to be a lighthouse or tower. The sky above is painted with fluffy white clouds, some of which are tinged with hues of pink and orange, suggesting either a sunrise or sunset.
             */
            prompt: string;
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            resolution: string;
            /**
             * Seed
             * @description Random seed. Set for reproducible generation.
             * @example 12345
             */
            seed: number;
            style_type?: components["schemas"]["StyleTypeV3"];
            /**
             * FreeformResolution
             * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
             * @example 4096x4096
             */
            upscaled_resolution?: string;
            /**
             * url
             * Format: uri
             * @description The direct link to the image generated.
             * @example https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB.png?exp=1743867804&sig=e13e12677633f646d8531a153d20e2d3698dca9ee7661ee5ba4f3b64e7ec3f89
             */
            url?: string | null;
        };
        V1EditImagesRequest: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /** @description URLs to Ideogram images to use as references (max 10). Supports URLs from generation responses and image uploads. Alternative to uploading via the images field. */
            image_urls?: string[];
            /** @description Images to edit (max 10 images, max size 10MB each); JPEG, WebP and PNG formats are supported. */
            images?: string[];
            magic_prompt?: components["schemas"]["MagicPromptOption"];
            num_images?: components["schemas"]["NumImages"];
            /**
             * @description The prompt describing the desired edit.
             * @example Change the background to a beach sunset.
             */
            prompt: string;
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            /**
             * @description Whether the output should have a transparent background. Default false.
             * @default false
             */
            transparent_background: boolean;
        };
        /**
         * V1EditImagesResponse
         * @description The response which contains information about the edited image, including the download link.
         *     Images links are available for a limited period of time; if you would like to keep the image, you must download it.
         */
        V1EditImagesResponse: {
            /**
             * created
             * Format: date-time
             * @description The time the request was created.
             */
            created: string;
            /**
             * data
             * @description A list of ImageObjects that contain the edited image(s).
             */
            data: components["schemas"]["V1EditImageObject"][];
        };
        /**
         * WebhookImageObject
         * @description One image in an asynchronous result (`url`, `prompt`, `resolution`, `seed`, `is_image_safe`).
         */
        WebhookImageObject: {
            is_image_safe: boolean;
            prompt: string;
            resolution: string;
            seed: components["schemas"]["Seed"];
            url?: components["schemas"]["ImageUrl"];
        };
        /**
         * WebhookKeySet
         * @description A JSON Web Key Set of Ed25519 public keys (RFC 7517, RFC 8037) that verify webhook signatures.
         */
        WebhookKeySet: {
            keys: {
                /** @constant */
                alg?: "EdDSA";
                /** @constant */
                crv: "Ed25519";
                /** @description The key id deliveries name in `X-Ideogram-Webhook-Key-Id`. */
                kid?: string;
                /** @constant */
                kty: "OKP";
                /** @constant */
                use?: "sig";
                /** @description The 32-byte public key, base64url without padding (43 characters). */
                x: string;
            }[];
        };
    };
    responses: {
        /** @description Invalid input provided. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Not authorized to generate an image. The reference documents 403 here (on /remix, /upscale and /v1/ideogram-v3/remix) where other endpoints document 401. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Image failed the safety check. */
        ImageSafetyCheckFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SafetyError"];
            };
        };
        /** @description Internal server error (documented for /magic-prompt without a body; `{error}` assumed). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Not enough balance, or a plan limit (for example a daily limit). The request does not run and is
         *     not billed. The body carries a `reject_reason` such as `insufficient_funds` or `daily_limit`.
         */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PaymentRequiredError"];
            };
        };
        /** @description Prompt or provided image failed the safety check. */
        SafetyCheckFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SafetyError"];
            };
        };
        /** @description Image generation service temporarily unavailable (documented for /v1/edit without a body; `{error}` assumed). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description Too many requests: the organisation's in-flight limit is reached (default 10 images in progress
         *     per organisation, counted in images, not requests). The request does not run and is not billed;
         *     retry once some in-flight requests finish.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /** @description Not authorized to generate an image (missing or invalid `Api-Key`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    legacyDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The image to describe. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DescribeRequest"];
            };
        };
        responses: {
            /** @description Description(s) created successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["ImageSafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    legacyEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit an image with Ideogram (flat multipart fields). */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LegacyEditRequest"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    legacyGenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateImageRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    magicPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a magic prompt. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MagicPromptRequest"];
                "multipart/form-data": components["schemas"]["MagicPromptRequest"];
            };
        };
        responses: {
            /** @description Magic prompt generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MagicPromptResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    legacyReframe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to reframe an image in a new resolution. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LegacyReframeRequest"];
            };
        };
        responses: {
            /** @description Image re-frames generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    legacyRemix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remix a provided image with Ideogram. Input images are cropped to the chosen aspect ratio before being remixed. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LegacyRemixRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    legacyUpscale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to upscale a provided image with Ideogram. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LegacyUpscaleRequest"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWebhookKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookKeySet"];
                };
            };
        };
    };
    v1Edit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit images. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["V1EditImagesRequest"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V1EditImagesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The URL-safe base64 generation id returned by an asynchronous request. */
                generation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation: `pending` until it finishes, then `completed` (with `data` and `usage_cost_usd_micros`) or `failed`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Generation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No generation with that id for this account (status and body assumed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Edit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to edit an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditImageRequestV3"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateImageRequestV3"];
                "multipart/form-data": components["schemas"]["GenerateImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3GenerateDesign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a design with Ideogram 3.0. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateDesignRequestV3"];
                "multipart/form-data": components["schemas"]["GenerateDesignRequestV3"];
            };
        };
        responses: {
            /** @description Design(s) generated successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3GenerateTransparent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with transparent background using Ideogram 3.0, with optional upscaling. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateTransparentImageRequestV3"];
                "multipart/form-data": components["schemas"]["GenerateTransparentImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Graphic: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate a graphic with Ideogram 3.0. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateGraphicRequestV3"];
                "multipart/form-data": components["schemas"]["GenerateGraphicRequestV3"];
            };
        };
        responses: {
            /** @description Graphic(s) generated successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Inpaint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to inpaint an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditImageRequestV3"];
            };
        };
        responses: {
            /** @description Image edits generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3LayerizeDesign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to layerize an existing flat graphic image. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LayerizeDesignRequestV3"];
            };
        };
        responses: {
            /** @description Design layerized successfully with text correction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayeredImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3LayerizeText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to detect and extract text layers from an image. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LayerizeTextRequest"];
            };
        };
        responses: {
            /** @description Text layers detected and extracted successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayerizeTextResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Reframe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to reframe an image in a new resolution. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReframeImageRequestV3"];
            };
        };
        responses: {
            /** @description Image re-frames generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3Remix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remix an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixImageRequestV3"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3ReplaceBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to replace the background of an image with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ReplaceBackgroundRequestV3"];
            };
        };
        responses: {
            /** @description Background replacement generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v3TryOn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to perform virtual try-on with Ideogram 3.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["TryOnRequestV3"];
            };
        };
        responses: {
            /** @description Try-on completed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV3"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v4GenerateAsync: {
        parameters: {
            query?: {
                /** @description HTTPS URL that Ideogram delivers the generated result to, once all images have finished generating. Each delivery is signed with Ed25519 (public keys at https://api.ideogram.ai/v1/.well-known/jwks.json). Must be HTTPS; private and loopback hosts and the cloud metadata service are rejected. One page marks it required, the v1 page optional (NOTES.md). */
                webhook_url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram 4.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["GenerateImageRequestV4Async"];
            };
        };
        responses: {
            /** @description Accepted: the generation runs in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncGenerationAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    describeV4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DescribeRequestV4"];
            };
        };
        responses: {
            /** @description Structured V4 prompt generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DescribeResponseV4"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
            /** @description Service unavailable (documented without a body; `{error}` assumed). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    v4Generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to generate an image with Ideogram 4.0. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateImageRequestV4"];
                "multipart/form-data": components["schemas"]["GenerateImageRequestV4"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV4"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    remixV4: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A request to remix an image with Ideogram 4.0. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixImageRequestV4"];
            };
        };
        responses: {
            /** @description Image(s) generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageGenerationResponseV4"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A multipart form with the image. */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemoveBackgroundRequest"];
            };
        };
        responses: {
            /** @description Background removed successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveBackgroundResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            422: components["responses"]["SafetyCheckFailed"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    v4GenerationCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description URL-safe base64 ID of the generation. Matches generation_id in the body. */
                "X-Ideogram-Webhook-Generation-Id": string;
                /** @description The kid of the signing key. A hint for which public key to try first, not a requirement. */
                "X-Ideogram-Webhook-Key-Id": string;
                /** @description Ed25519 signature, lowercase hex. */
                "X-Ideogram-Webhook-Signature": string;
                /** @description Unix seconds (decimal) at which the request was signed. */
                "X-Ideogram-Webhook-Timestamp": string;
                /** @description URL-safe base64 ID of the account that initiated the request. */
                "X-Ideogram-Webhook-User-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerationWebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery (retry behaviour on other answers is described on the page but was cut off in the stored excerpt). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
