// GENERATED FILE: do not edit by hand.
// Source: specs/fal/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/fal-ai/ideogram/character": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 Character synchronously
         * @description Generates images of the character in `reference_image_urls` (one image is used) in the scene described by `prompt`.
         *
         *     Endpoint id `fal-ai/ideogram/character`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runCharacter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/character/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 Character edit synchronously
         * @description Fills the masked part of `image_url` with the character in `reference_image_urls`. `image_url` MUST have the exact same dimensions as `mask_url`.
         *
         *     Endpoint id `fal-ai/ideogram/character/edit`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runCharacterEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/character/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 Character remix synchronously
         * @description Remixes `image_url` with the character in `reference_image_urls`.
         *
         *     Endpoint id `fal-ai/ideogram/character/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runCharacterRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/remove-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram Remove Background synchronously
         * @description Removes the background of `image_url`; the foreground subject comes back on a transparent background as a single `image`.
         *
         *     Endpoint id `fal-ai/ideogram/remove-background`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram Upscale synchronously
         * @description Upscales `image_url` (up to 2x), optionally guided by `prompt`, `resemblance` and `detail`.
         *
         *     Endpoint id `fal-ai/ideogram/upscale`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 text-to-image synchronously
         * @description Generates images from a prompt with Ideogram V2.
         *
         *     Endpoint id `fal-ai/ideogram/v2`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 Edit synchronously
         * @description Fills the masked part of `image_url` according to `prompt` and returns the generated image(s)
         *     in the same HTTP response. `image_url` and `mask_url` must have the same dimensions.
         *     With `sync_mode: true` the image is returned as a data URI and is not kept in the request history.
         *
         *     The synchronous API does not retry and returns an error when no runner is available
         *     (https://fal.ai/docs/api-reference/inference-api). The official JS client (`fal.run`) reads
         *     the `x-fal-request-id` response header into `Result.requestId`.
         */
        post: operations["runEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 remix synchronously
         * @description Reimagines `image_url` according to `prompt` with Ideogram V2; `strength` sets how much of the input image is kept.
         *
         *     Endpoint id `fal-ai/ideogram/v2/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 Turbo text-to-image synchronously
         * @description Generates images from a prompt with Ideogram V2 Turbo (same input as `fal-ai/ideogram/v2`).
         *
         *     Endpoint id `fal-ai/ideogram/v2/turbo`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2Turbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 Turbo edit (inpainting) synchronously
         * @description Fills the masked part of `image_url` according to `prompt` with Ideogram V2 Turbo (same input as `fal-ai/ideogram/v2/edit`). `image_url` and `mask_url` must have the same dimensions.
         *
         *     Endpoint id `fal-ai/ideogram/v2/turbo/edit`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2TurboEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 Turbo remix synchronously
         * @description Remix with Ideogram V2 Turbo (same input as `fal-ai/ideogram/v2/remix`).
         *
         *     Endpoint id `fal-ai/ideogram/v2/turbo/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2TurboRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2A text-to-image synchronously
         * @description Generates images from a prompt with Ideogram V2A (no negative prompt).
         *
         *     Endpoint id `fal-ai/ideogram/v2a`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2a"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2A remix synchronously
         * @description Remix with Ideogram V2A (same input as `fal-ai/ideogram/v2/remix`).
         *
         *     Endpoint id `fal-ai/ideogram/v2a/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2aRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2A Turbo text-to-image synchronously
         * @description Generates images from a prompt with Ideogram V2A Turbo (same input as `fal-ai/ideogram/v2a`).
         *
         *     Endpoint id `fal-ai/ideogram/v2a/turbo`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2aTurbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/turbo/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2A Turbo remix synchronously
         * @description Remix with Ideogram V2A Turbo (same input as `fal-ai/ideogram/v2/remix`).
         *
         *     Endpoint id `fal-ai/ideogram/v2a/turbo/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV2aTurboRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 text-to-image synchronously
         * @description Generates images from a prompt with Ideogram V3 (rendering speed, style or style codes or a preset, palette, style reference images).
         *
         *     Endpoint id `fal-ai/ideogram/v3`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 edit (inpainting) synchronously
         * @description Fills the masked part of `image_url` according to `prompt` with Ideogram V3. `image_url` MUST have the exact same dimensions as `mask_url`.
         *
         *     Endpoint id `fal-ai/ideogram/v3/edit`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3Edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/generate-transparent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 generate with a transparent background synchronously
         * @description Generates images with a transparent background (PNG with alpha) from a prompt. Unlike the other V3 models it also takes `rendering_speed: FLASH`.
         *
         *     Endpoint id `fal-ai/ideogram/v3/generate-transparent`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3GenerateTransparent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/layerize-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 layerize text synchronously
         * @description Takes a flat graphic, removes its text and returns the text-free image with structured, editable text containers.
         *
         *     Endpoint id `fal-ai/ideogram/v3/layerize-text`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3LayerizeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 reframe synchronously
         * @description Extends `image_url` to the size given by `image_size` (outpainting) with Ideogram V3. No prompt.
         *
         *     Endpoint id `fal-ai/ideogram/v3/reframe`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3Reframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 remix synchronously
         * @description Reimagines `image_url` according to `prompt` with Ideogram V3; `strength` sets how much of the input image is kept.
         *
         *     Endpoint id `fal-ai/ideogram/v3/remix`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V3 replace background synchronously
         * @description Keeps the foreground subject of `image_url` and replaces its background according to `prompt`.
         *
         *     Endpoint id `fal-ai/ideogram/v3/replace-background`. The answer comes in the same HTTP response; with `sync_mode: true` images come back as data URIs.
         *     The same model on the queue host (https://queue.fal.run) is in `specs/fal-queue`, which references this input and output.
         */
        post: operations["runV3ReplaceBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The aspect ratio of the generated image (Ideogram V2 / V2A models on fal).
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV2: "10:16" | "16:10" | "9:16" | "16:9" | "4:3" | "3:4" | "1:1" | "1:3" | "3:1" | "3:2" | "2:3";
        /**
         * @description The aspect ratio of the generated image (`fal-ai/ideogram/v3/generate-transparent`).
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV3: "1:3" | "3:1" | "1:2" | "2:1" | "9:16" | "16:9" | "10:16" | "16:10" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "1:1";
        /** @description Input of `fal-ai/ideogram/character/edit`. */
        CharacterEditInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to generate an image from. MUST have the exact same dimensions (width and height) as the mask image. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /** @description The mask URL to inpaint the image. MUST have the exact same dimensions (width and height) as the input image. */
            mask_url: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to fill the masked part of the image. */
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/character`. */
        CharacterInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["CharacterStyle"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/character/remix`. */
        CharacterRemixInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to remix. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to remix the image with. */
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["CharacterStyle"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /**
         * @description The style type to generate with (Ideogram Character models). Cannot be used with `style_codes`.
         * @default AUTO
         * @enum {string}
         */
        CharacterStyle: "AUTO" | "REALISTIC" | "FICTION";
        /**
         * @description A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly
         *     via hexadecimal representations of the color with optional weights (members).
         */
        ColorPalette: {
            /** @description A list of color palette members that define the color palette. */
            members?: components["schemas"]["ColorPaletteMember"][];
            /**
             * @description A color palette preset value.
             * @enum {string}
             */
            name?: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        };
        ColorPaletteMember: {
            /**
             * @description The weight of the color in the color palette.
             * @default 0.5
             */
            color_weight: number;
            rgb: components["schemas"]["RGBColor"];
        };
        /** @description Input of `fal-ai/ideogram/v2/edit`. */
        EditInput: {
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /**
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask.
             * @example https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg
             */
            image_url: string;
            /**
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image.
             * @example https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg
             */
            mask_url: string;
            /**
             * @description The prompt to fill the masked part of the image.
             * @example A knight in shining armour holding a greatshield with "FAL" on it
             */
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            /**
             * @description If true, the media will be returned as a data URI and the output data won't be available
             *     in the request history.
             * @default false
             */
            sync_mode: boolean;
        };
        /** @description Output of `fal-ai/ideogram/v2/edit`. */
        EditOutput: {
            images: components["schemas"]["File"][];
            /**
             * @description Seed used for the random number generator.
             * @example 123456
             */
            seed: number;
        };
        /**
         * @description fal request-error body: `detail` is a human-readable string, `error_type` a machine-readable
         *     category (also sent as the `X-Fal-Error-Type` header).
         */
        FalError: {
            detail: string;
            error_type?: string;
        };
        /** @description A generated file. Only `url` is shown in the seed's example response. */
        File: {
            /**
             * @description The mime type of the file.
             * @example image/png
             */
            content_type?: string;
            /** @description The name of the file. */
            file_name?: string;
            /** @description The size of the file in bytes. */
            file_size?: number;
            /** @description Image height in pixels (shown in fal's generic webhook example, not for this model). */
            height?: number;
            /** @description The URL where the file can be downloaded from (a data URI when `sync_mode` is true). */
            url: string;
            /** @description Image width in pixels (shown in fal's generic webhook example, not for this model). */
            width?: number;
        };
        /** @description The resolution of the generated image: a preset name or a `{width, height}` object. */
        ImageSize: ("square_hd" | "square" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9") | components["schemas"]["ImageSizeObject"];
        /** @description A custom output size. */
        ImageSizeObject: {
            /**
             * @description The height of the generated image.
             * @default 512
             */
            height: number;
            /**
             * @description The width of the generated image.
             * @default 512
             */
            width: number;
        };
        /** @description Output of every fal Ideogram image model except remove-background and layerize-text (`images` and the `seed` used). */
        ImagesOutput: {
            images: components["schemas"]["File"][];
            /** @description Seed used for the random number generator. */
            seed: number;
        };
        /**
         * @description Output of `fal-ai/ideogram/v3/layerize-text`. The model page says it "removes text, and returns structured
         *     text containers you can edit/recompose in html or json format"; the stored excerpt stops before the output
         *     schema, so these field names (after the same Ideogram model's output elsewhere: background image,
         *     `text_html`, `text_containers`, `seed`) are a guess, and any other field is allowed. `text_containers`
         *     is required: the page's summary names them as what the model returns, and Replicate's output schema
         *     for the same Ideogram model requires them (with `text_html` and `seed`).
         */
        LayerizeTextOutput: {
            image?: components["schemas"]["File"];
            seed?: number;
            /** @description The detected text containers (JSON). */
            text_containers: unknown;
            /** @description The detected text as HTML. */
            text_html?: string;
        };
        /**
         * @description Number of images to generate.
         * @default 1
         */
        NumImages: number;
        /**
         * @description A set of images to use as character references. Currently only 1 image is supported, rest will be
         *     ignored (maximum total size 10MB across all character references). JPEG, PNG or WebP.
         */
        ReferenceImageUrls: string[];
        /**
         * @description A set of masks to apply to the character references. Currently only 1 mask is supported, rest will
         *     be ignored. JPEG, PNG or WebP.
         */
        ReferenceMaskUrls: string[];
        /** @description Input of `fal-ai/ideogram/v2/remix`, `v2/turbo/remix`, `v2a/remix` and `v2a/turbo/remix` (`RemixImageInput`). */
        RemixInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to remix. */
            image_url: string;
            /** @description The prompt to remix the image with. */
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/remove-background`. */
        RemoveBackgroundInput: {
            /**
             * @description The image URL whose background needs to be removed. The foreground subject is preserved against a
             *     transparent background. JPEG, PNG and WebP formats are supported (maximum file size 10MB).
             */
            image_url: string;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Output of `fal-ai/ideogram/remove-background`, a single image. */
        RemoveBackgroundOutput: {
            image: components["schemas"]["File"];
        };
        /**
         * @description The rendering speed to use.
         * @default BALANCED
         * @enum {string}
         */
        RenderingSpeed: "TURBO" | "BALANCED" | "QUALITY";
        /** @description An RGB colour. */
        RGBColor: {
            /** @description Blue color value. */
            b?: number;
            /** @description Green color value. */
            g?: number;
            /** @description Red color value. */
            r?: number;
        };
        /** @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style reference images or style. */
        StyleCodes: string[];
        /**
         * @description The style of the generated image.
         * @default auto
         * @enum {string}
         */
        StyleEnum: "auto" | "general" | "realistic" | "design" | "render_3D" | "anime";
        /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
        StyleImageUrls: string[];
        /**
         * @description Style preset for generation. The chosen style preset will guide the generation.
         * @enum {string}
         */
        StylePreset: "80S_ILLUSTRATION" | "90S_NOSTALGIA" | "ABSTRACT_ORGANIC" | "ANALOG_NOSTALGIA" | "ART_BRUT" | "ART_DECO" | "ART_POSTER" | "AURA" | "AVANT_GARDE" | "BAUHAUS" | "BLUEPRINT" | "BLURRY_MOTION" | "BRIGHT_ART" | "C4D_CARTOON" | "CHILDRENS_BOOK" | "COLLAGE" | "COLORING_BOOK_I" | "COLORING_BOOK_II" | "CUBISM" | "DARK_AURA" | "DOODLE" | "DOUBLE_EXPOSURE" | "DRAMATIC_CINEMA" | "EDITORIAL" | "EMOTIONAL_MINIMAL" | "ETHEREAL_PARTY" | "EXPIRED_FILM" | "FLAT_ART" | "FLAT_VECTOR" | "FOREST_REVERIE" | "GEO_MINIMALIST" | "GLASS_PRISM" | "GOLDEN_HOUR" | "GRAFFITI_I" | "GRAFFITI_II" | "HALFTONE_PRINT" | "HIGH_CONTRAST" | "HIPPIE_ERA" | "ICONIC" | "JAPANDI_FUSION" | "JAZZY" | "LONG_EXPOSURE" | "MAGAZINE_EDITORIAL" | "MINIMAL_ILLUSTRATION" | "MIXED_MEDIA" | "MONOCHROME" | "NIGHTLIFE" | "OIL_PAINTING" | "OLD_CARTOONS" | "PAINT_GESTURE" | "POP_ART" | "RETRO_ETCHING" | "RIVIERA_POP" | "SPOTLIGHT_80S" | "STYLIZED_RED" | "SURREAL_COLLAGE" | "TRAVEL_POSTER" | "VINTAGE_GEO" | "VINTAGE_POSTER" | "WATERCOLOR" | "WEIRD" | "WOODBLOCK_PRINT";
        /**
         * @description The style type to generate with. Cannot be used with `style_codes`.
         * @enum {string}
         */
        StyleV3: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
        /**
         * @description If true, the media will be returned as a data URI and the output data won't be available
         *     in the request history.
         * @default false
         */
        SyncMode: boolean;
        /** @description Input of `fal-ai/ideogram/upscale` (`UpscaleImageInput`). */
        UpscaleInput: {
            /**
             * @description The detail of the upscaled image.
             * @default 50
             */
            detail: number;
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default false
             */
            expand_prompt: boolean;
            /**
             * @description The image URL to upscale.
             * @example https://fal.media/files/monkey/e6RtJf_ue0vyWzeiEmTby.png
             */
            image_url: string;
            /**
             * @description The prompt to upscale the image with.
             * @default
             */
            prompt: string;
            /**
             * @description The resemblance of the upscaled image to the original image.
             * @default 50
             */
            resemblance: number;
            /** @description Seed for the random number generator. */
            seed?: number;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v2a` and `fal-ai/ideogram/v2a/turbo` (V2's input without `negative_prompt`). */
        V2aInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v2` and `fal-ai/ideogram/v2/turbo`. */
        V2Input: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /**
             * @description A negative prompt to avoid in the generated image.
             * @default
             */
            negative_prompt: string;
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/edit`. */
        V3EditInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to generate an image from. MUST have the exact same dimensions (width and height) as the mask image. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /** @description The mask URL to inpaint the image. MUST have the exact same dimensions (width and height) as the input image. */
            mask_url: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to fill the masked part of the image. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /**
         * @description Input of `fal-ai/ideogram/v3/generate-transparent`. The model page's excerpt shows `prompt`,
         *     `aspect_ratio`, `rendering_speed` (with FLASH) and `expand_prompt`; `negative_prompt`, `num_images`,
         *     `seed` and `sync_mode` are taken from fal's other V3 models and are x-unconfirmed.
         */
        V3GenerateTransparentInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description Description of what to exclude from an image. */
            negative_prompt?: string;
            num_images?: components["schemas"]["NumImages"];
            /** @example A logo for Ideogram Coffee. */
            prompt: string;
            /**
             * @description The rendering speed to use.
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed: "FLASH" | "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator. */
            seed?: number;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3`. */
        V3Input: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/layerize-text`. Each font is given either by name or by a font file URL, not both. */
        V3LayerizeTextInput: {
            /** @description URL of the font file to use for body text. Cannot be used with font_name_body. */
            font_file_body_url?: string;
            /** @description URL of the font file to use for h1 text. Cannot be used with font_name_h1. */
            font_file_h1_url?: string;
            /** @description URL of the font file to use for h2 text. Cannot be used with font_name_h2. */
            font_file_h2_url?: string;
            /** @description URL of the font file to use for small text. Cannot be used with font_name_small. */
            font_file_small_url?: string;
            /** @description Name of the font to use for body text. Cannot be used with font_file_body_url. */
            font_name_body?: string;
            /** @description Name of the font to use for h1 text. Cannot be used with font_file_h1_url. */
            font_name_h1?: string;
            /** @description Name of the font to use for h2 text. Cannot be used with font_file_h2_url. */
            font_name_h2?: string;
            /** @description Name of the font to use for small text. Cannot be used with font_file_small_url. */
            font_name_small?: string;
            /**
             * @description URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max 10MB).
             * @example https://v3.fal.media/files/lion/0qJs_qW8nz0wYsXhFa6Tk.png
             */
            image_url: string;
            /** @description Optional prompt to guide the layerization. */
            prompt?: string;
            /** @description Seed for the random number generator. */
            seed?: number;
        };
        /** @description Input of `fal-ai/ideogram/v3/reframe` (no prompt). */
        V3ReframeInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to reframe. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            num_images?: components["schemas"]["NumImages"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/remix`. */
        V3RemixInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to remix. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to remix the image with. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/replace-background`. */
        V3ReplaceBackgroundInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL whose background needs to be replaced. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            num_images?: components["schemas"]["NumImages"];
            /** @description The new background, e.g. "Cyber punk city with neon lights and skyscrappers". */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description fal model-error body (HTTP 422). */
        ValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
        /** @description One model/validation error (FastAPI/Pydantic style). */
        ValidationErrorItem: {
            /** @description Extra context for the error. */
            ctx?: Record<string, never>;
            /** @description The offending input value. */
            input?: unknown;
            /** @description Location of the offending value, e.g. `["body", "mask_url"]`. */
            loc: (string | number)[];
            msg: string;
            type: string;
            /** @description Link to documentation about this error type. */
            url?: string;
        };
    };
    responses: {
        /** @description The request or the runner start-up timed out (`request_timeout`, `startup_timeout`, typically 504). */
        GatewayTimeout: {
            headers: {
                /**
                 * @description Same value as the body's `error_type`.
                 * @example request_timeout
                 */
                "X-Fal-Error-Type": string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Unknown application or endpoint path. Body shape follows fal's request-error format. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description Too many concurrent requests. Body shape follows fal's request-error format (not shown by any source).
         *     The JS client retries 429 with exponential backoff.
         */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Internal error while running the request (request error `internal_error` or `runner_server_error`, typically 500). */
        ServerError: {
            headers: {
                /**
                 * @description Same value as the body's `error_type`.
                 * @example internal_error
                 */
                "X-Fal-Error-Type"?: string;
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description No runner could be allocated (request error `runner_scheduling_failure`, typically 503). */
        ServiceUnavailable: {
            headers: {
                /**
                 * @description Same value as the body's `error_type`.
                 * @example runner_scheduling_failure
                 */
                "X-Fal-Error-Type": string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description Missing or invalid `Authorization: Key <FAL_KEY>`. The `{detail}` body follows fal's request-error
         *     format; no source shows a 401 body for this endpoint.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description The model rejected the input (missing or invalid field, image and mask of different sizes, ...).
         *     The JS client throws `ValidationError` for any 422 and also tolerates `detail` as a plain string.
         */
        ValidationFailed: {
            headers: {
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: {
        /**
         * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
         *     The official JS client sends it (lower-case) when `storageSettings` is given.
         */
        ObjectLifecyclePreference: string;
    };
    requestBodies: {
        Character: {
            content: {
                "application/json": components["schemas"]["CharacterInput"];
            };
        };
        CharacterEdit: {
            content: {
                "application/json": components["schemas"]["CharacterEditInput"];
            };
        };
        CharacterRemix: {
            content: {
                "application/json": components["schemas"]["CharacterRemixInput"];
            };
        };
        RemoveBackground: {
            content: {
                "application/json": components["schemas"]["RemoveBackgroundInput"];
            };
        };
        Upscale: {
            content: {
                "application/json": components["schemas"]["UpscaleInput"];
            };
        };
        V2: {
            content: {
                "application/json": components["schemas"]["V2Input"];
            };
        };
        V2a: {
            content: {
                "application/json": components["schemas"]["V2aInput"];
            };
        };
        V2aRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2aTurbo: {
            content: {
                "application/json": components["schemas"]["V2aInput"];
            };
        };
        V2aTurboRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2Edit: {
            content: {
                "application/json": components["schemas"]["EditInput"];
            };
        };
        V2Remix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2Turbo: {
            content: {
                "application/json": components["schemas"]["V2Input"];
            };
        };
        V2TurboEdit: {
            content: {
                "application/json": components["schemas"]["EditInput"];
            };
        };
        V2TurboRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V3: {
            content: {
                "application/json": components["schemas"]["V3Input"];
            };
        };
        V3Edit: {
            content: {
                "application/json": components["schemas"]["V3EditInput"];
            };
        };
        V3GenerateTransparent: {
            content: {
                "application/json": components["schemas"]["V3GenerateTransparentInput"];
            };
        };
        V3LayerizeText: {
            content: {
                "application/json": components["schemas"]["V3LayerizeTextInput"];
            };
        };
        V3Reframe: {
            content: {
                "application/json": components["schemas"]["V3ReframeInput"];
            };
        };
        V3Remix: {
            content: {
                "application/json": components["schemas"]["V3RemixInput"];
            };
        };
        V3ReplaceBackground: {
            content: {
                "application/json": components["schemas"]["V3ReplaceBackgroundInput"];
            };
        };
    };
    headers: {
        /**
         * @description Machine-readable request-error category; same value as the body's `error_type`. Required on the 503
         *     and 504 request errors (their own header objects); a 500 may be a model error, with no category,
         *     so it is optional there (the mock's own 500 sends `internal_error`).
         */
        XFalErrorType: string;
        /**
         * @description The fal request id, sent with every answer. The official JS client reads it from successful and
         *     failed responses (`Result.requestId`, `ApiError.requestId`).
         */
        XFalRequestId: string;
        /** @description Whether retrying the same request may succeed (model error responses). */
        XFalRetryable: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runCharacter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Character"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runCharacterEdit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CharacterEdit"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runCharacterRemix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CharacterRemix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runRemoveBackground: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RemoveBackground"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveBackgroundOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runUpscale: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Upscale"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runEdit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Edit"];
        responses: {
            /** @description The edited image(s) and the seed used. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2Remix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Remix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2Turbo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Turbo"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2TurboEdit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2TurboEdit"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2TurboRemix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2TurboRemix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2a: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2a"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2aRemix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aRemix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2aTurbo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aTurbo"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV2aTurboRemix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aTurboRemix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3Edit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Edit"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3GenerateTransparent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3GenerateTransparent"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3LayerizeText: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3LayerizeText"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayerizeTextOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3Reframe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Reframe"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3Remix: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Remix"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    runV3ReplaceBackground: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3ReplaceBackground"];
        responses: {
            /** @description The model output. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImagesOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
