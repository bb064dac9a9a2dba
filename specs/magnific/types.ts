// GENERATED FILE: do not edit by hand.
// Source: specs/magnific/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/v1/ai/ideogram-image-edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideogram Image Edit - List tasks
         * @description Lists the authenticated user's Ideogram image edit tasks.
         *
         *     The response shape is the Freepik API's shared list-tasks schema (`{data: [{task_id, status}]}`,
         *     named `get_all_style_transfer_tasks_200_response` in the vendor's embedded OpenAPI and used by
         *     its other `GET /v1/ai/<model>` list endpoints); the ideogram-image-edit list page itself was not
         *     read, hence `x-unconfirmed`. No pagination parameters are documented.
         */
        get: operations["listImageEdits"];
        put?: never;
        /**
         * Ideogram Image Edit - Edit an image using inpainting
         * @description Creates an inpainting task: `image` is edited where `mask` is black, guided by `prompt`.
         *     `image`, `mask` and reference images are HTTPS URLs or base64 strings (JPEG, WebP or PNG,
         *     10 MB each; reference images 10 MB in total per list). Returns the task (status CREATED);
         *     poll `getImageEdit` or pass `webhook_url`.
         */
        post: operations["createImageEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ai/ideogram-image-edit/{task-id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ideogram Image Edit - Get task status
         * @description Returns one task: its status and, once COMPLETED, the URLs of the generated images.
         *     Documented as `{data: task}`; the unwrapped task is accepted too (NOTES.md).
         */
        get: operations["getImageEdit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    imageEditStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Task status notification sent to webhook_url
         * @description Magnific POSTs the task to the request's `webhook_url` whenever its status changes. The body is
         *     the `getImageEdit` response without the `data` wrapper.
         *
         *     Signing (https://docs.freepik.com/webhooks): headers `webhook-id`, `webhook-timestamp` and
         *     `webhook-signature`. The signed content is `"{webhook-id}.{webhook-timestamp}.{raw body}"`;
         *     the signature is the base64 HMAC-SHA256 of it, keyed with the webhook secret from the user
         *     dashboard (the secret's bytes as given). `webhook-signature` is a space-separated list of
         *     `<version>,<signature>` entries (e.g. `v1,<sig> v2,<sig>`, for secret rotation); the request is
         *     valid when any entry matches.
         */
        post: operations["imageEditStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Any documented 400 body. */
        BadRequestError: components["schemas"]["MessageError"] | components["schemas"]["ProblemError"] | components["schemas"]["ProblemErrorFlat"];
        /** @description A colour palette for generation. Specify either `name` (preset) or `members` (custom colours), not both. The vendor's schema is one object with both properties and the rule in prose; this spec states it as Ideogram's `oneOf` (an object with both matches both branches and fails). */
        ColorPalette: components["schemas"]["ColorPaletteWithName"] | components["schemas"]["ColorPaletteWithMembers"];
        ColorPaletteMember: {
            /**
             * @description Hexadecimal colour code.
             * @example #FF5733
             */
            color_hex: string;
            /**
             * @description Weight of the colour in the palette.
             * @example 0.5
             */
            color_weight?: number;
        };
        ColorPaletteWithMembers: {
            /** @description Custom palette members. The vendor gives no length limit (upstream Ideogram allows 1 to 8). */
            members: components["schemas"]["ColorPaletteMember"][];
        };
        ColorPaletteWithName: {
            /**
             * @description A colour palette preset.
             * @enum {string}
             */
            name: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        };
        /** @description Body of `createImageEdit`. */
        ImageEditRequest: {
            /**
             * @description Character reference images for consistency, base64 strings or URLs; JPEG, PNG or WebP; 10 MB in total across all references. Requires `style_type`.
             * @example [
             *       "https://example.com/character-ref.jpg"
             *     ]
             */
            character_reference_images?: components["schemas"]["ImageInput"][];
            color_palette?: components["schemas"]["ColorPalette"];
            /** @description The image to be edited. HTTPS URL or base64-encoded string; JPEG, WebP or PNG, max 10 MB. */
            image: components["schemas"]["ImageInput"];
            /**
             * @description Whether MagicPrompt enhances the prompt. AUTO: decide automatically; ON: always; OFF: never.
             * @example AUTO
             * @enum {string}
             */
            magic_prompt?: "AUTO" | "ON" | "OFF";
            /** @description A black-and-white image of the same size as `image`; black regions are edited. HTTPS URL or base64-encoded string; JPEG, WebP or PNG, max 10 MB. */
            mask: components["schemas"]["ImageInput"];
            /**
             * @description The prompt describing the desired changes to the image.
             * @example A beautiful sunset over the ocean
             */
            prompt: string;
            /**
             * @description TURBO: fastest, lower quality; DEFAULT: balanced; QUALITY: slower, higher quality.
             * @default DEFAULT
             * @enum {string}
             */
            rendering_speed: "TURBO" | "DEFAULT" | "QUALITY";
            /**
             * @description Optional seed for reproducibility (random when absent). The rendered page shows "0 <= x <= 214748364712345": the maximum 2147483647 glued to the example 12345.
             * @example 12345
             */
            seed?: number;
            /**
             * @description Style codes to use. The vendor's example values (`style_code_1`) are placeholders; upstream Ideogram expects 8-character hexadecimal codes, which is not enforced here.
             * @example [
             *       "style_code_1",
             *       "style_code_2"
             *     ]
             */
            style_codes?: string[];
            /**
             * @description Style reference images, base64 strings or URLs; JPEG, PNG or WebP; 10 MB in total across all references.
             * @example [
             *       "https://example.com/style-ref.jpg"
             *     ]
             */
            style_reference_images?: components["schemas"]["ImageInput"][];
            /**
             * @description The type of style to use. Must be specified if `character_reference_images` is provided.
             * @example AUTO
             * @enum {string}
             */
            style_type?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
            /**
             * Format: uri
             * @description Optional callback URL that receives asynchronous notifications whenever the task changes status. The payload is the same as the corresponding GET endpoint response, but without the `data` field (see `webhooks.imageEditStatus`).
             * @example https://www.example.com/webhook
             */
            webhook_url?: string;
        };
        /** @description An image as an HTTPS URL or a base64-encoded string (JPEG, WebP or PNG, max 10 MB). Not pattern-checked: the vendor's own example (`iVBORw0KGgoAAAANSUhEUgAA...`) is a truncated placeholder. */
        ImageInput: string;
        InvalidParam: {
            /** @example page */
            name: string;
            /** @example Parameter 'page' must be greater than 0 */
            reason: string;
        };
        /** @description `{message}`, the vendor's error body for 400, 401, 500 and 503. */
        MessageError: {
            message: string;
        };
        /** @description The vendor's documented problem schema: `{problem: {message, invalid_params}}`. */
        ProblemError: {
            problem: {
                invalid_params: components["schemas"]["InvalidParam"][];
                /** @example Your request parameters didn't validate. */
                message: string;
            };
        };
        /** @description The vendor's problem+json example, which contradicts its own schema: `{message, invalid_params}` without the `problem` wrapper. Accepted as a variant (NOTES.md). */
        ProblemErrorFlat: {
            invalid_params: components["schemas"]["InvalidParam"][];
            message: string;
        };
        /** @description A task: identifier, status and generated image URLs (empty until COMPLETED; the vendor page's rendered CREATED example nevertheless shows two placeholder URLs, so emptiness is not enforced). This is also the webhook body. */
        Task: components["schemas"]["TaskSummary"] & Record<string, never>;
        /** @description The documented response shape, `{data: task}`. */
        TaskEnvelope: {
            data: components["schemas"]["Task"];
        };
        /** @description `{data: [task]}`, the Freepik API's shared list-tasks shape (unconfirmed for this endpoint). */
        TaskList: {
            data: components["schemas"]["TaskSummary"][];
        };
        /** @description Documented as `{data: task}`; the vendor page's rendered example shows the bare task. Both are accepted (they are told apart by the required `data` or `task_id`). */
        TaskResponse: components["schemas"]["TaskEnvelope"] | components["schemas"]["Task"];
        /**
         * @description Task status.
         * @enum {string}
         */
        TaskStatus: "CREATED" | "IN_PROGRESS" | "COMPLETED" | "FAILED";
        /** @description A task as the list endpoint shows it (`generated` may be absent). */
        TaskSummary: {
            /** @description URLs of the generated images; empty until the task is COMPLETED. */
            generated?: string[];
            status: components["schemas"]["TaskStatus"];
            /**
             * Format: uuid
             * @description Task identifier.
             */
            task_id: string;
        };
    };
    responses: {
        /** @description Bad Request - The server could not understand the request due to invalid syntax. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestError"];
                "application/problem+json": components["schemas"]["ProblemError"] | components["schemas"]["ProblemErrorFlat"];
            };
        };
        /** @description Internal Server Error - The server has encountered a situation it doesn't know how to handle. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageError"];
            };
        };
        /** @description Not Found - no task with this ID. Unconfirmed: the status and body are assumed from the vendor's `{message}` error convention; no source documents a 404 for this endpoint. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageError"];
            };
        };
        /** @description Service Unavailable. Retry with exponential backoff (the vendor's best-practice advice). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageError"];
            };
        };
        /** @description Too Many Requests - rate limit exceeded (limits vary by subscription tier, see the vendor's Rate Limits page). The body shape is assumed from the vendor's `{message}` convention: unconfirmed. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageError"];
            };
        };
        /** @description Unauthorized - The client must authenticate itself to get the requested response. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MessageError"];
            };
        };
    };
    parameters: {
        /** @description Unique identifier of the webhook message; use it to detect replays and duplicates. */
        WebhookId: string;
        /** @description Space-separated `<version>,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` entries, e.g. `v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=`. */
        WebhookSignature: string;
        /** @description When the message was sent; reject stale messages. The unit is not stated by the vendor: Unix seconds, as in Standard Webhooks, is assumed (unconfirmed). */
        WebhookTimestamp: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listImageEdits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - Successfully retrieved all tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createImageEdit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageEditRequest"];
            };
        };
        responses: {
            /** @description OK - The task exists and the status is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getImageEdit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the task (`task_id` from `createImageEdit`). */
                "task-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK - The task exists and the status is returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    imageEditStatus: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique identifier of the webhook message; use it to detect replays and duplicates. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Space-separated `<version>,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` entries, e.g. `v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=`. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /** @description When the message was sent; reject stale messages. The unit is not stated by the vendor: Unix seconds, as in Standard Webhooks, is assumed (unconfirmed). */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Task"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the notification. Retry behaviour on non-2xx is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
