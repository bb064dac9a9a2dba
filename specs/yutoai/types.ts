// GENERATED FILE: do not edit by hand.
// Source: specs/yutoai/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/ideogram/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an image with a mask (Ideogram legacy edit, relayed)
         * @description Synchronously edits `image_file` in the regions marked black in `mask`, guided by `prompt`
         *     (Ideogram's legacy `POST /edit`, relayed). Returns the upstream response shape
         *     `{created, data: [{seed, prompt, resolution, url, is_image_safe}]}`.
         *
         *     The vendor page's heading says "Remix provided images synchronously...": a copy of another
         *     page's text; the endpoint, fields and response are those of Ideogram's edit.
         *
         *     Required fields follow upstream Ideogram (`image_file`, `mask`, `prompt`, `model`), not the
         *     vendor page, which marks every field optional (see NOTES.md). Empty optional text parts
         *     (the vendor's curl sends `seed=""` and `style_type=""`) are treated as absent.
         */
        post: operations["edit"];
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
         * @description Multipart form of Ideogram's legacy edit. The vendor page marks every field optional; the four
         *     fields upstream Ideogram requires are required here (NOTES.md). Text parts are form text that
         *     the mock coerces to the types below; an empty optional text part counts as absent.
         */
        EditRequest: {
            /**
             * Format: binary
             * @description An image binary; only JPEG, WebP and PNG are supported (upstream limit 10 MB).
             */
            image_file: string;
            /**
             * @description Whether MagicPrompt rewrites the prompt.
             * @example AUTO
             * @enum {string}
             */
            magic_prompt_option?: "AUTO" | "ON" | "OFF";
            /**
             * Format: binary
             * @description A black-and-white image of the same size as `image_file`; black regions are edited (upstream Ideogram's definition; the vendor page gives no description). JPEG, WebP or PNG, 10 MB.
             */
            mask: string;
            /**
             * @description The model. The vendor page types it as a free string with example `V_2_TURBO`; upstream Ideogram's edit supports only `V_2` and `V_2_TURBO`, so the enum is upstream's.
             * @example V_2_TURBO
             * @enum {string}
             */
            model: "V_2" | "V_2_TURBO";
            /**
             * @description The prompt describing the edited result.
             * @example cat
             */
            prompt: string;
            /** @description Random seed for reproducible output (range from upstream Ideogram). */
            seed?: number;
            /**
             * @description Style type. The vendor page lists AUTO, GENERAL, REALISTIC, DESIGN, RENDER_3D and ANIME (typed as a string there).
             * @enum {string}
             */
            style_type?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "RENDER_3D" | "ANIME";
        };
        /** @description Ideogram's legacy generate/edit response, as the relay returns it. */
        EditResponse: {
            /**
             * Format: date-time
             * @description When the request was created.
             */
            created: string;
            /** @description The generated image(s). */
            data: components["schemas"]["ImageObject"][];
        };
        /** @description Unconfirmed: YutoAI documents no error body. This is the OpenAI-style envelope API aggregators commonly return (`{error: {message, type, code?}}`); the mock produces it. */
        Error: {
            error: {
                /** @description Optional machine-readable code. */
                code?: string | number | null;
                /** @description Human-readable explanation. */
                message: string;
                /** @description Error category. */
                type: string;
            };
        };
        /** @description One result image (upstream `ImageObject`). When `is_image_safe` is false, `url` is empty. */
        ImageObject: {
            /** @description Whether the image passed the safety check. */
            is_image_safe: boolean;
            /** @description The prompt used (may differ from the request's when MagicPrompt is on). */
            prompt: string;
            /** @description Output resolution, `WxH`. */
            resolution: string;
            seed: number;
            /** @description Style type used (upstream returns it; absent from the vendor's example). */
            style_type?: string;
            /**
             * Format: uri
             * @description Direct link to the image; links expire, so download them.
             */
            url?: string | null;
        };
    };
    responses: {
        /** @description Invalid input (a required part missing, a value out of range, an unsupported file type). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Relay or upstream failure. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited (by the relay, or upstream Ideogram's in-flight limit passed through). */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid bearer token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
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
    edit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EditRequest"];
            };
        };
        responses: {
            /** @description Success. The edited image(s), in Ideogram's legacy response shape. */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
