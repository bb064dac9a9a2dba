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
}
export type webhooks = Record<string, never>;
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
        /**
         * DescribeResponse
         * @description The response for a describe request encapsulates a list of descriptions.
         */
        DescribeResponse: {
            /** @description A collection of descriptions for given content. */
            descriptions?: components["schemas"]["Description"][];
        };
        /** Description */
        Description: {
            /** @description The generated description for the provided image. */
            text?: string;
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
         * FreeformResolution
         * @description Output resolution, only used if operations alters image dimensions, such as upscale, crop etc.
         * @example 4096x4096
         */
        UpscaledResolution: string;
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
}
