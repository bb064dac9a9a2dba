// GENERATED FILE: do not edit by hand.
// Source: specs/pixazo/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/ideogram-remove-background/v1/ideogram-remove-background-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an Ideogram background-removal job
         * @description Asynchronous background removal. Returns `{request_id, status: "QUEUED", polling_url}`; poll
         *     `polling_url` (`/v2/requests/status/{request_id}`) every 2–3 s until COMPLETED, FAILED or
         *     ERROR. The output is always a transparent PNG.
         *
         *     With `sync_mode: true` the result is returned inline as a data URI instead of being stored
         *     in request history; the body shape of that answer is not documented (the `sync-mode`
         *     example assumes the status endpoint's COMPLETED shape).
         *
         *     The seed's "Output" block for this endpoint (`{images: [...], description}`) contradicts its
         *     "Response" block; the schema accepts both (see NOTES.md).
         */
        post: operations["removeBackgroundSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram-v4-image-to-image/v1/ideogram-v4-image-to-image-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram v4 image to image
         * @description Edits or restyles a reference image with Ideogram v4 through the Pixazo gateway; synchronous like text
         *     to image. The skill names the endpoint and says a reference image is "passed as a URL or base64 data
         *     URL"; it shows no request for it, so the body (`image_url` beside the text-to-image fields) is
         *     x-unconfirmed.
         */
        post: operations["v4ImageToImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogram-v4/v1/ideogram-v4-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram v4 text to image
         * @description Generates images with Ideogram v4 through the Pixazo gateway. Synchronous: the answer carries the
         *     images (`{images: [{url}]}`), no polling.
         */
        post: operations["v4Generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2_Turbo/v1/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image with Ideogram V_2_TURBO
         * @deprecated
         * @description Image-to-text (captioning) on the Turbo path. Multipart with one `image_file` part. Same
         *     response contradiction as `v2Describe` (see NOTES.md).
         */
        post: operations["v2TurboDescribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2_Turbo/v1/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an image with Ideogram V_2_TURBO
         * @deprecated
         * @description Edit (inpainting) on the Turbo path. Multipart with flat text fields; `mask` optional per
         *     Pixazo. The seed's own request code on this path sends `model=V_2`, so `model` accepts
         *     `V_2_TURBO` and `V_2` here. The seed's "Example Request" on this path is `{}`, which
         *     contradicts the required fields; it is deliberately not an example (see NOTES.md).
         */
        post: operations["v2TurboEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2_Turbo/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Ideogram V_2_TURBO
         * @deprecated
         * @description Text-to-image with Ideogram V_2_TURBO (proxy of Ideogram's legacy `POST /generate`). JSON body
         *     `{image_request}`; `model` must be `V_2_TURBO` on this path. Synchronous.
         */
        post: operations["v2TurboGenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2_Turbo/v1/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix an image with Ideogram V_2_TURBO
         * @deprecated
         * @description Image-to-image remix on the Turbo path. Multipart: `image_request` JSON part (ImageRequest +
         *     `image_weight` 1–100, `model` `V_2_TURBO`) and `image_file`.
         */
        post: operations["v2TurboRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2/v1/describe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe an image with Ideogram V_2
         * @deprecated
         * @description Image-to-text (captioning). Multipart with one `image_file` part. Pixazo documents the
         *     response as `{created, data: {description}}`, not upstream's `{descriptions: [{text}]}`;
         *     the schema also accepts the upstream shape (unconfirmed for Pixazo), see NOTES.md.
         */
        post: operations["v2Describe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2/v1/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an image with Ideogram V_2
         * @deprecated
         * @description Edit (inpainting) with Ideogram V_2 (proxy of Ideogram's legacy `POST /edit`). Multipart with
         *     flat text fields. Pixazo marks `mask` optional (upstream requires it). The seed shows three
         *     different item shapes for the response (`url`; `edited_image`; `original_image` +
         *     `edited_image` + `model_used`); the schema accepts all three.
         */
        post: operations["v2Edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2/v1/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an image with Ideogram V_2
         * @deprecated
         * @description Text-to-image with Ideogram V_2 (proxy of Ideogram's legacy `POST /generate`). JSON body
         *     `{image_request}`; `model` must be `V_2` on this path. Synchronous: the response carries
         *     ephemeral image URLs.
         */
        post: operations["v2Generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ideogramV_2/v1/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remix an image with Ideogram V_2
         * @deprecated
         * @description Image-to-image remix with Ideogram V_2 (proxy of Ideogram's legacy `POST /remix`). Multipart:
         *     `image_request` is a JSON part (ImageRequest + `image_weight` 1–100) and `image_file` the
         *     source image. The seed shows the item's image link as `url` or `image_url` (sometimes with
         *     `image_weight` and `model_used`); the schema accepts all of them.
         */
        post: operations["v2Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/requests/status/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` returned by the submit endpoint (e.g. `ideogram-remove-background_<uuid>`). */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        /**
         * Poll an asynchronous request (GET)
         * @description Status of an asynchronous Pixazo request (the `polling_url` returned at submit). Statuses:
         *     QUEUED → PROCESSING → COMPLETED | FAILED | ERROR (ERROR = system error, not charged). Poll
         *     every 2–3 s; each poll counts toward usage limits. The seed's Python, JavaScript and cURL
         *     code use GET and its workflow text says "Make GET requests to polling_url".
         */
        get: operations["requestStatusGet"];
        put?: never;
        /**
         * Poll an asynchronous request (POST)
         * @description Same as `requestStatusGet`; the seed's HTTP request code uses POST (without a body), and its
         *     "Minimum Request" / "Full Request" show a JSON body `{request_id}`. The body is optional; the
         *     path parameter identifies the request.
         */
        post: operations["requestStatusPost"];
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
        /** @description Azure API Management stock error body. Not shown by any Pixazo source. */
        ApimError: {
            message: string;
            statusCode: number;
        };
        /**
         * @description Output aspect ratio. Default ASPECT_1_1.
         * @default ASPECT_1_1
         * @enum {string}
         */
        AspectRatio: "ASPECT_10_16" | "ASPECT_16_10" | "ASPECT_9_16" | "ASPECT_16_9" | "ASPECT_3_2" | "ASPECT_2_3" | "ASPECT_4_3" | "ASPECT_3_4" | "ASPECT_1_1" | "ASPECT_1_3" | "ASPECT_3_1";
        /** @description 401 body — the seed's `{error, message}` or Azure APIM's stock `{statusCode, message}`. */
        AuthError: components["schemas"]["PixazoError"] | components["schemas"]["ApimError"];
        /** @description Colour palette. Pixazo documents preset names only; the members form is upstream's. */
        ColorPalette: components["schemas"]["ColorPaletteWithPresetName"] | components["schemas"]["ColorPaletteWithMembers"];
        /** @description Upstream Ideogram's member-list palette. Not documented by Pixazo. */
        ColorPaletteWithMembers: {
            members: {
                color_hex: string;
                color_weight?: number;
            }[];
        };
        ColorPaletteWithPresetName: {
            /** @enum {string} */
            name: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        };
        /**
         * Format: date-time
         * @description When the request was created.
         */
        Created: string;
        DescribeRequest: {
            /**
             * Format: binary
             * @description Image upload; JPEG, PNG or WebP, max 10 MB.
             */
            image_file: string;
        };
        DescribeResponse: components["schemas"]["PixazoDescribeResponse"] | components["schemas"]["UpstreamDescribeResponse"];
        /** @description Edit item as shown in the seed's V_2 edit "Output" block (`edited_image`). */
        EditedImageObject: {
            /** Format: uri */
            edited_image: string;
            is_image_safe: boolean;
            prompt: string;
        };
        /**
         * @description Edit item as shown in the seed's V_2 edit "Response" block. `original_image` is the
         *     placeholder `url_to_original_image` there, so it is not constrained to a URI.
         */
        EditedImageWithOriginalObject: {
            /** Format: uri */
            edited_image: string;
            is_image_safe: boolean;
            model_used: string;
            original_image: string;
            prompt: string;
        };
        /** @description Multipart edit form for `/ideogramV_2/v1/edit`. */
        EditRequestV2: {
            /**
             * Format: binary
             * @description Image upload; JPEG, PNG or WebP, max 10 MB.
             */
            image_file: string;
            /**
             * Format: binary
             * @description Mask selecting the region to edit (black = edit). Optional per Pixazo (upstream requires
             *     it). Upstream requires it to be the same size as `image_file`. JPEG, PNG or WebP, max 10 MB.
             */
            mask?: string;
            /**
             * @description Model version; V_2 on this path.
             * @enum {string}
             */
            model: "V_2";
            prompt: components["schemas"]["Prompt"];
        };
        /** @description Multipart edit form for `/ideogramV_2_Turbo/v1/edit`. */
        EditRequestV2Turbo: {
            /**
             * Format: binary
             * @description Image upload; JPEG, PNG or WebP, max 10 MB.
             */
            image_file: string;
            /**
             * Format: binary
             * @description Mask selecting the region to edit (black = edit). Optional per Pixazo (upstream requires
             *     it). Upstream requires it to be the same size as `image_file`. JPEG, PNG or WebP, max 10 MB.
             */
            mask?: string;
            /**
             * @description Model version. V_2_TURBO is the path's model; V_2 is accepted because the seed's own
             *     request code for this path sends `model=V_2` (see NOTES.md).
             * @enum {string}
             */
            model: "V_2_TURBO" | "V_2";
            prompt: components["schemas"]["Prompt"];
        };
        /** @description Edit response; items take any of the three shapes the seed shows. */
        EditResponse: {
            created: components["schemas"]["Created"];
            data: (components["schemas"]["ImageUrlObject"] | components["schemas"]["EditedImageObject"] | components["schemas"]["EditedImageWithOriginalObject"])[];
        };
        GenerateRequestV2: {
            image_request: components["schemas"]["ImageRequestV2"];
        };
        GenerateRequestV2Turbo: {
            image_request: components["schemas"]["ImageRequestV2Turbo"];
        };
        GenerateResponse: {
            created: components["schemas"]["Created"];
            data: components["schemas"]["ImageUrlObject"][];
        };
        /** @description Legacy Ideogram ImageRequest as Pixazo documents it for `/ideogramV_2/v1/generate`. */
        ImageRequestV2: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            color_palette?: components["schemas"]["ColorPalette"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Model version. Pixazo's only supported value on this path is V_2.
             * @enum {string}
             */
            model: "V_2";
            negative_prompt?: components["schemas"]["NegativePrompt"];
            prompt: components["schemas"]["Prompt"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /** @description Legacy Ideogram ImageRequest as Pixazo documents it for `/ideogramV_2_Turbo/v1/generate`. */
        ImageRequestV2Turbo: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            color_palette?: components["schemas"]["ColorPalette"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /**
             * @description Model version. Pixazo's only supported value on this path is V_2_TURBO.
             * @enum {string}
             */
            model: "V_2_TURBO";
            negative_prompt?: components["schemas"]["NegativePrompt"];
            prompt: components["schemas"]["Prompt"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * @description Body shown in the seed's "Output" blocks of both the remove-background submit and the status
         *     endpoint (`file_name` "nano-banana-pro-edit-output.png", `url` "[RESPONSE_URL]": apparently
         *     copied from another model's page). Contradicts the "Response" blocks; accepted as a documented
         *     variant. `url` is a placeholder in the seed, so it is not constrained to a URI.
         */
        ImagesOutputBlock: {
            description?: string;
            images: {
                content_type?: string;
                file_name?: string;
                url: string;
            }[];
        };
        /** @description Upstream legacy image object (`url`). `seed`, `style_type` and `resolution` are absent from some seed "Output" blocks. */
        ImageUrlObject: {
            is_image_safe: boolean;
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
            /**
             * Format: uri
             * @description Ephemeral link to the image; empty when `is_image_safe` is false.
             */
            url: string | null;
        };
        /**
         * @description How strongly the source image influences a remix (upstream InitialImageRequest.image_weight).
         * @default 50
         */
        ImageWeight: number;
        /**
         * @description Whether MagicPrompt rewrites the prompt. Default AUTO.
         * @default AUTO
         * @enum {string}
         */
        MagicPromptOption: "AUTO" | "ON" | "OFF";
        /** @description Elements to avoid in the image. Descriptions in the prompt take precedence. */
        NegativePrompt: string;
        /** @description Describe response as Pixazo documents it. */
        PixazoDescribeResponse: {
            created: components["schemas"]["Created"];
            data: {
                description: string;
            };
        };
        /** @description Pixazo error body (seed 400 / 401 examples). */
        PixazoError: {
            error: string;
            message: string;
        };
        /** @description Text describing the image to generate (or the edit / remix to apply). */
        Prompt: string;
        /** @description Azure API Management stock rate-limit body ("Rate limit is exceeded. Try again in N seconds."). */
        RateLimitError: {
            message: string;
            /** @constant */
            statusCode: 429;
        };
        /** @description The `image_request` JSON part of a V_2 remix (upstream InitialImageRequest). */
        RemixImageRequestV2: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            color_palette?: components["schemas"]["ColorPalette"];
            image_weight?: components["schemas"]["ImageWeight"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @enum {string} */
            model?: "V_2";
            negative_prompt?: components["schemas"]["NegativePrompt"];
            prompt: components["schemas"]["Prompt"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /** @description The `image_request` JSON part of a V_2_TURBO remix (upstream InitialImageRequest). */
        RemixImageRequestV2Turbo: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            color_palette?: components["schemas"]["ColorPalette"];
            image_weight?: components["schemas"]["ImageWeight"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @enum {string} */
            model?: "V_2_TURBO";
            negative_prompt?: components["schemas"]["NegativePrompt"];
            prompt: components["schemas"]["Prompt"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleType"];
        };
        /** @description Remix item as shown in the seed's V_2 remix "Output" block (`image_url`). */
        RemixImageUrlObject: {
            /** Format: uri */
            image_url: string;
            is_image_safe: boolean;
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
        };
        /** @description Remix item as shown in the seed's V_2 remix "Response" block. */
        RemixImageUrlWithWeightObject: {
            /** Format: uri */
            image_url: string;
            image_weight: components["schemas"]["ImageWeight"];
            is_image_safe: boolean;
            model_used: string;
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
        };
        RemixRequestV2: {
            /**
             * Format: binary
             * @description Image upload; JPEG, PNG or WebP, max 10 MB.
             */
            image_file: string;
            image_request: components["schemas"]["RemixImageRequestV2"];
        };
        RemixRequestV2Turbo: {
            /**
             * Format: binary
             * @description Image upload; JPEG, PNG or WebP, max 10 MB.
             */
            image_file: string;
            image_request: components["schemas"]["RemixImageRequestV2Turbo"];
        };
        /** @description Remix response; items take any of the three shapes the seed shows. */
        RemixResponse: {
            created: components["schemas"]["Created"];
            data: (components["schemas"]["ImageUrlObject"] | components["schemas"]["RemixImageUrlObject"] | components["schemas"]["RemixImageUrlWithWeightObject"])[];
        };
        /** @description Submit acknowledgement (seed "Response" block). */
        RemoveBackgroundQueued: {
            /**
             * Format: uri
             * @description URL to poll (`https://gateway.pixazo.ai/v2/requests/status/{request_id}`).
             */
            polling_url: string;
            /** @description Unique identifier for the job submission. */
            request_id: string;
            status: components["schemas"]["RequestStatus"];
        };
        RemoveBackgroundRequest: {
            /**
             * Format: uri
             * @description Source image URL. JPEG, PNG or WebP, max 10 MB.
             */
            image_url: string;
            /**
             * @description If true, the result is returned inline as a data URI instead of being stored in request history.
             * @default false
             */
            sync_mode: boolean;
        };
        RemoveBackgroundSubmitResponse: components["schemas"]["RemoveBackgroundQueued"] | components["schemas"]["RequestStatusResponse"] | components["schemas"]["ImagesOutputBlock"];
        /**
         * @description QUEUED (accepted, waiting), PROCESSING (being processed), COMPLETED (output holds the result),
         *     FAILED (check `error`), ERROR (system error, not charged).
         * @enum {string}
         */
        RequestStatus: "QUEUED" | "PROCESSING" | "COMPLETED" | "FAILED" | "ERROR";
        RequestStatusEndpointResponse: components["schemas"]["RequestStatusResponse"] | components["schemas"]["ImagesOutputBlock"];
        RequestStatusOutput: {
            /** @description MIME type of the output (always `image/png` for background removal). */
            media_type: string;
            /** @description URLs of the generated media (a data URI when `sync_mode` is true). */
            media_url: string[];
        };
        /** @description Optional JSON body of the POST status call (seed "Minimum Request"; the seed marks `request_id` required). */
        RequestStatusRequest: {
            /** @description The request ID returned by the submit endpoint. */
            request_id: string;
        };
        /** @description Status of an asynchronous request (seed "Response" block of the status endpoint). */
        RequestStatusResponse: {
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description null if successful, error details if failed. */
            error: string | null;
            /** @description The model used for processing (e.g. `ideogram-remove-background`). */
            model_id: string;
            /** @description The result; null until COMPLETED. */
            output: components["schemas"]["RequestStatusOutput"] | null;
            request_id: string;
            status: components["schemas"]["RequestStatus"];
            /** Format: date-time */
            updated_at: string;
        };
        /** @description Output resolution, `WIDTHxHEIGHT`. */
        Resolution: string;
        /**
         * @description Random seed for reproducibility. Pixazo documents 1 to 9999999999, upstream Ideogram
         *     0 to 2147483647; the union 0..9999999999 is accepted (see NOTES.md).
         */
        Seed: number;
        /**
         * @description Style of the image. Default AUTO. Pixazo lists AUTO, GENERAL, REALISTIC, DESIGN, RENDER_3D,
         *     ANIME as values it "includes"; the remaining values are upstream's legacy StyleType enum.
         * @default AUTO
         * @enum {string}
         */
        StyleType: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "RENDER_3D" | "ANIME" | "FICTION" | "CUSTOM" | "STYLIZED";
        /** @description Error body for statuses whose body no source shows; assumed to be the seed's `{error, message}` or Azure APIM's `{statusCode, message}`. */
        UnconfirmedError: components["schemas"]["PixazoError"] | components["schemas"]["ApimError"];
        /** @description Upstream Ideogram `/describe` response. Not shown by any Pixazo source. */
        UpstreamDescribeResponse: {
            descriptions: {
                text: string;
            }[];
        };
        /**
         * @description Body of `POST /ideogram-v4/v1/ideogram-v4-request`. Field names and sample values are the skill's; it
         *     gives no enums or ranges except `num_images` 1-4 and the `image_size` values it maps phrases to
         *     (`square_hd`, `portrait_16_9`, `landscape_16_9`), so the other fields are typed only. Which fields are
         *     required is not documented; `prompt` is assumed required.
         */
        V4GenerateRequest: {
            /** @example none */
            acceleration?: string;
            enable_safety_checker?: boolean;
            /** @example Medium */
            expansion_model?: string;
            /**
             * @example square_hd
             * @example portrait_16_9
             * @example landscape_16_9
             */
            image_size?: string;
            /** @default 1 */
            num_images: number;
            /** @example jpeg */
            output_format?: string;
            prompt: string;
            /** @example BALANCED */
            rendering_speed?: string;
            /** @description For reproducibility (the skill's guidance mentions a seed; not in its sample). */
            seed?: number;
            sync_mode?: boolean;
        };
        /** @description Body of the image-to-image endpoint (assumed; see the operation). */
        V4ImageToImageRequest: components["schemas"]["V4GenerateRequest"] & {
            /** @description The reference image, as a URL or a base64 data URL. */
            image_url: string;
        };
        /** @description Synchronous v4 answer: `{"images": [{"url": "https://…"}]}`. */
        V4Response: {
            images: {
                /** Format: uri */
                url: string;
            }[];
        };
    };
    responses: {
        /** @description Bad Request. Body shape from the seed's remove-background error example. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PixazoError"];
            };
        };
        /** @description Forbidden (listed in the seed's status-code tables; body not documented). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnconfirmedError"];
            };
        };
        /** @description Internal Server Error (listed in the seed's status-code tables; body not documented). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnconfirmedError"];
            };
        };
        /** @description Not Found (listed in the seed's status-code tables; body not documented). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnconfirmedError"];
            };
        };
        /** @description Out of credits. The status code is from Pixazo material; the body shape is a guess. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnconfirmedError"];
            };
        };
        /**
         * @description Current state of the request. The seed documents the status object; its "Output" block for
         *     this endpoint shows a different body (`{images, description}`), accepted as a variant.
         */
        RequestStatusOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RequestStatusEndpointResponse"];
            };
        };
        /** @description Bad Request — invalid request_id (seed status table). Body shape from the seed's 400 example. */
        StatusBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PixazoError"];
            };
        };
        /** @description Not Found — Request ID not found (seed status table). Body shape follows the seed's error shape. */
        StatusNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnconfirmedError"];
            };
        };
        /**
         * @description Too Many Requests (listed in the seed's status-code tables). Body and `Retry-After` are Azure
         *     API Management's stock rate-limit answer (unconfirmed for Pixazo).
         */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying (Azure API Management's rate-limit policy always sends it). */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /**
         * @description Missing or invalid subscription key. The seed shows `{error, message}`; Azure API Management's
         *     stock body `{statusCode, message}` is also accepted (unconfirmed for Pixazo).
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AuthError"];
            };
        };
    };
    parameters: {
        /** @description Optional. The seed's request examples for generate and remove-background send `Cache-Control: no-cache`. */
        CacheControl: string;
        /** @description The `request_id` returned by the submit endpoint (e.g. `ideogram-remove-background_<uuid>`). */
        RequestId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    removeBackgroundSubmit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The seed's request examples for generate and remove-background send `Cache-Control: no-cache`. */
                "Cache-Control"?: components["parameters"]["CacheControl"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveBackgroundRequest"];
            };
        };
        responses: {
            /**
             * @description Job accepted (`QUEUED` + `polling_url`). With `sync_mode: true`, the finished result
             *     (shape unconfirmed). The seed's "Output" block shape is accepted as a documented variant.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemoveBackgroundSubmitResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v4ImageToImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V4ImageToImageRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V4Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v4Generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["V4GenerateRequest"];
            };
        };
        responses: {
            /** @description The generated images. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["V4Response"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2TurboDescribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DescribeRequest"];
            };
        };
        responses: {
            /** @description Description of the image. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2TurboEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditRequestV2Turbo"];
            };
        };
        responses: {
            /** @description Edited image(s). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2TurboGenerate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The seed's request examples for generate and remove-background send `Cache-Control: no-cache`. */
                "Cache-Control"?: components["parameters"]["CacheControl"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateRequestV2Turbo"];
            };
        };
        responses: {
            /** @description Generated image(s) (upstream legacy response shape). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2TurboRemix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixRequestV2Turbo"];
            };
        };
        responses: {
            /** @description Remixed image(s). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemixResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2Describe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DescribeRequest"];
            };
        };
        responses: {
            /** @description Description of the image. */
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2Edit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditRequestV2"];
            };
        };
        responses: {
            /** @description Edited image(s). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2Generate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional. The seed's request examples for generate and remove-background send `Cache-Control: no-cache`. */
                "Cache-Control"?: components["parameters"]["CacheControl"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateRequestV2"];
            };
        };
        responses: {
            /** @description Generated image(s) (upstream legacy response shape). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    v2Remix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["RemixRequestV2"];
            };
        };
        responses: {
            /** @description Remixed image(s). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemixResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    requestStatusGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` returned by the submit endpoint (e.g. `ideogram-remove-background_<uuid>`). */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RequestStatusOk"];
            400: components["responses"]["StatusBadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StatusNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    requestStatusPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` returned by the submit endpoint (e.g. `ideogram-remove-background_<uuid>`). */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RequestStatusRequest"];
            };
        };
        responses: {
            200: components["responses"]["RequestStatusOk"];
            400: components["responses"]["StatusBadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["StatusNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
