// GENERATED FILE: do not edit by hand.
// Source: specs/together/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/v1/images/generations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create image (Ideogram models)
         * @description Generates `n` images for `prompt` with the model named in `model`, synchronously. With
         *     `response_format: base64` each item carries the image in `b64_json` (`type: b64_json`); otherwise
         *     a link in `url` (`type: url`).
         *
         *     Together's catalogue holds many image models; this spec covers Ideogram's. Another model id is
         *     answered as Together answers a model it does not serve: 404 `model_not_found`.
         */
        post: operations["createImage"];
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
        /** @description Together's `ErrorData` (its OpenAPI document), the OpenAI-style error object. Bodies quoted in issue threads since late 2025 also carry the request's `id` beside `error`. */
        ErrorData: {
            error: {
                code?: string | null;
                message: string;
                param?: string | null;
                type: string;
            };
            id?: string;
        };
        ImageDataB64: {
            /** @description The image, base64-encoded. */
            b64_json: string;
            index: number;
            /** @enum {string} */
            type: "b64_json";
        };
        ImageDataUrl: {
            index: number;
            /** @enum {string} */
            type: "url";
            /** @description A link to the image. */
            url: string;
        };
        /** @description Together's image request (its OpenAPI document, `POST /images/generations`). Which parameters a model honours varies by model; the API takes them all. */
        ImageRequest: {
            /** @description If true, disables the safety checker for image generation. */
            disable_safety_checker?: boolean;
            /**
             * @description Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom.
             * @default 3.5
             */
            guidance_scale: number;
            /**
             * @description Height of the image to generate in number of pixels. Ideogram renders on its own size grid: the mock answers with the grid size nearest to width × height (NOTES.md).
             * @default 1024
             */
            height: number;
            /** @description An array of objects that define LoRAs (Low-Rank Adaptations) to influence the generated image. */
            image_loras?: {
                /** @description The URL of the LoRA to apply. */
                path: string;
                /** @description The strength of the LoRA's influence. Most LoRA's recommend a value of 1. */
                scale: number;
            }[];
            /** @description URL of an image to use for image models that support it. The Vercel AI SDK sends an input file here as a `data:` URI. */
            image_url?: string;
            /**
             * @description The model. Together takes any id from its catalogue (its document types it as a free string);
             *     the ids of Ideogram's models it serves are listed in `x-models`, each with its source. Another
             *     id gets 404 `model_not_found`, as Together answers a model it does not serve.
             * @example ideogram/ideogram-3.0
             */
            model: string;
            /**
             * @description Number of image results to generate (1-4, the images overview's parameter table).
             * @default 1
             */
            n: number;
            /** @description The prompt or prompts not to guide the image generation. */
            negative_prompt?: string;
            /**
             * @description The format of the image response. Can be either be `jpeg` or `png`. Defaults to `jpeg`.
             * @default jpeg
             * @enum {string}
             */
            output_format: "jpeg" | "png";
            /**
             * @description A description of the desired images. Maximum length varies by model.
             * @example cat floating in space
             * @example cinematic
             */
            prompt: string;
            /** @description An array of image URLs that guide the overall appearance and style of the generated image. (`maxItems` is the mock's bound; Together documents none.) */
            reference_images?: string[];
            /**
             * @description Format of the image response. Can be either a base64 string or a URL. Absent, the answer holds URLs (Together's examples read `data[0].url` without asking).
             * @enum {string}
             */
            response_format?: "base64" | "url";
            /** @description Seed used for generation. Can be used to reproduce image generations. */
            seed?: number;
            /**
             * @description Number of generation steps (the images overview gives 1-50; third-party catalogues say Ideogram ignores it).
             * @default 20
             */
            steps: number;
            /**
             * @description Width of the image to generate in number of pixels (see `height`).
             * @default 1024
             */
            width: number;
        };
        /** @description Together's `ImageResponse`. */
        ImageResponse: {
            data: (components["schemas"]["ImageDataB64"] | components["schemas"]["ImageDataUrl"])[];
            id: string;
            model: string;
            /**
             * @description The object type, which is always `list`.
             * @constant
             */
            object: "list";
        };
    };
    responses: {
        /** @description The request is invalid (a missing or mistyped field, a value out of range, a parameter the model does not take). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorData"];
            };
        };
        /** @description The endpoint URL or model name is invalid. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorData"];
            };
        };
        /** @description Engine overloaded; Together's servers are seeing a high amount of traffic. */
        Overloaded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorData"];
            };
        };
        /** @description Too many requests have been sent in a short period of time. */
        RateLimit: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorData"];
            };
        };
        /** @description Missing or invalid API key. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorData"];
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
    createImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageRequest"];
            };
        };
        responses: {
            /** @description Image generated successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimit"];
            503: components["responses"]["Overloaded"];
        };
    };
}
