// swift-format-ignore-file
// Generated from Rules/*.yaml. Do not edit: run `KCPLINT_RECORD=1 swift test --filter GeneratedFiles`.

/// The default catalogue files, compiled into the library.
enum DefaultCatalogueFiles {
    static let files: [(name: String, text: String)] = [
        ("00-catalogue.yaml", #####"""
# kcplint default catalogue: PortOne v1 × NHN KCP.
# Format reference: Rules/FORMAT.md. Rule reference (generated): Rules/README.md.
catalogue: kcp
version: 1
description: >-
  Request constraints of the NHN KCP gateway through PortOne's v1 API: the browser SDK call
  IMP.request_pay (payments and billing-key issuance) and the REST calls /subscribe/payments/onetime,
  /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.
policy: |-
  error   = PortOne or KCP will reject the request, or silently do the wrong thing with it.
  warning = very likely a bug, deprecated, or not documented for KCP.
  info    = advice: the request works, but something is worth knowing.
  A payload that follows PortOne's documentation draws no error and no warning from a rule that the
  documentation does not support. Where sources disagree, the rule's rationale says which one wins
  (order: the current KCP page, the v1 OpenAPI schema, the SDK parameter reference, other PortOne
  pages, PortOne's SDK wrappers, the legacy manual).

# Detection order matters: the first kind whose `detect` holds wins.
kinds:
  - id: rest-schedule
    title: {en: "POST /subscribe/payments/schedule", ko: "POST /subscribe/payments/schedule (예약 결제)"}
    endpoint: POST /subscribe/payments/schedule
    detect:
      present: schedules

  - id: rest-onetime
    title: {en: "POST /subscribe/payments/onetime", ko: "POST /subscribe/payments/onetime (수기 결제)"}
    endpoint: POST /subscribe/payments/onetime
    detect:
      all:
        - present: card_number
        - any: [{present: merchant_uid}, {present: amount}]

  - id: rest-billing-key
    title: {en: "POST /subscribe/customers/{customer_uid}", ko: "POST /subscribe/customers/{customer_uid} (빌링키 발급)"}
    endpoint: POST /subscribe/customers/{customer_uid}
    detect:
      any:
        - present: card_number
        - present: pwd_2digit
        - present: customer_name
        - present: customer_tel
        - present: customer_email

  - id: sdk-billing-key
    title: {en: "IMP.request_pay issuing a billing key", ko: "IMP.request_pay 빌링키 발급"}
    endpoint: IMP.request_pay(param) with customer_uid
    detect:
      all:
        - present: customer_uid
        - any: &sdk-markers
            - {present: channelKey}
            - {present: pg}
            - {present: pay_method}
            - {present: m_redirect_url}
            - {present: app_scheme}
            - {present: display}
            - {present: card}
            - {present: appCard}
            - {present: escrow}
            - {present: kcpProducts}
            - {present: prefill}
            - {present: language}
            - {present: company}
            - {present: vbank_due}
            - {present: digital}
            - {present: auth_mode}
            - {present: confirm_url}
            - {present: popup}
            # Not markers: `bypass` and `custom_data` are strings on REST, but merchants also send objects there.

  - id: sdk-payment
    title: {en: "IMP.request_pay for a payment", ko: "IMP.request_pay 일반 결제"}
    endpoint: IMP.request_pay(param)
    detect:
      all:
        - absent: customer_uid
        - absent: card_number
        - any:
            - any: *sdk-markers
            - present: merchant_uid
            - present: amount

  - id: rest-again
    title: {en: "POST /subscribe/payments/again", ko: "POST /subscribe/payments/again (빌링키 결제)"}
    endpoint: POST /subscribe/payments/again
    detect:
      present: customer_uid

rules:
  # ---------------------------------------------------------------- reader and engine built-ins
  - id: json-syntax
    builtin: true
    title: {en: "The payload is not valid JSON", ko: "JSON 문법 오류"}
    severity: error
    rationale: >-
      PortOne parses request bodies as JSON and the SDK receives a JavaScript object; a payload file
      that is not RFC 8259 JSON (comments, trailing commas, single quotes, invalid UTF-8) cannot be
      what is sent.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000,}'
          pointer: ""

  - id: json-duplicate-key
    builtin: true
    title: {en: "A key appears twice in one object", ko: "한 객체에 같은 키가 두 번 있음"}
    severity: error
    rationale: >-
      JSON parsers disagree on duplicate keys (some keep the first value, some the last), so a payment
      body with `amount` twice is ambiguous. kcplint reports the second key and checks the first value.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "amount": 100}'
          pointer: /amount

  - id: json-bom
    builtin: true
    title: {en: "The file starts with a byte-order mark", ko: "파일이 BOM으로 시작함"}
    severity: warning
    rationale: >-
      RFC 8259 forbids a byte-order mark in JSON sent over a network; some HTTP clients send it as part
      of the body. The rest of the document is still checked.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: "\uFEFF{\"merchant_uid\": \"order-1\", \"amount\": 1000, \"pay_method\": \"card\"}"
          pointer: ""

  - id: json-limit
    builtin: true
    title: {en: "The payload exceeds a reader limit", ko: "입력이 읽기 한도를 넘음"}
    severity: error
    rationale: >-
      Request bodies are small; a file larger than the size limit or nested deeper than the depth
      limit is not a payment request, and reading it without bounds would put the tool (or a service
      using the library) at risk.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "custom_data": {"a": [[1]]}}']
      invalid:
        - payload: '{"pay_method": "card", "custom_data": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}'
          pointer: ""

  - id: payload-shape
    builtin: true
    title: {en: "The payload is not a request object", ko: "요청 객체가 아님"}
    severity: error
    rationale: >-
      IMP.request_pay takes one object and every REST body is a JSON object. A payload file may also
      hold an array of request objects, each checked on its own.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['[{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}]']
      invalid:
        - payload: '"merchant_uid=order-1&amount=1000"'
          pointer: ""

  - id: kind-unknown
    builtin: true
    title: {en: "The request kind cannot be told", ko: "요청 종류를 판별할 수 없음"}
    severity: error
    rationale: >-
      Which constraints apply depends on the call (IMP.request_pay or one of four REST endpoints). When
      no kind's detection holds, kcplint says so instead of guessing; pass --kind to choose.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"order": "order-1", "price": 1000}'
          pointer: ""

  - id: field-unknown
    builtin: true
    title: {en: "Unknown member", ko: "알 수 없는 파라미터"}
    severity: warning
    message:
      en: "`{name}` is not a parameter of this request{suggestion}"
      ko: "`{name}`은(는) 이 요청의 파라미터가 아닙니다{suggestion}"
    rationale: >-
      PortOne ignores parameters it does not know, so a misspelled key (`merchantUid`,
      `buyer_postalcode`) silently drops the value. The suggestion comes from the field dictionary.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchantUid": "order-1", "amount": 1000, "pay_method": "card"}'
          pointer: /merchantUid

  - id: field-type
    builtin: true
    title: {en: "Wrong JSON type", ko: "잘못된 JSON 타입"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {actual}"
      ko: "`{field}`은(는) {expected}이어야 하는데 {actual}입니다"
    rationale: >-
      PortOne documents a type for every parameter; a string where a number or boolean belongs
      (`"amount": "10,000"`, `"escrow": "false"`) is either rejected or read the wrong way.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": "1000", "pay_method": "card"}'
          pointer: /amount

  - id: field-enum
    builtin: true
    title: {en: "Value not allowed", ko: "허용되지 않는 값"}
    severity: error
    message:
      en: "`{field}` must be one of {expected}, found {value}"
      ko: "`{field}` 값은 {expected} 중 하나여야 하는데 {value}입니다"
    rationale: The parameter takes only the documented values.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "language": "en"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "language": "kr"}'
          pointer: /language

  - id: field-format
    builtin: true
    title: {en: "Value in the wrong format", ko: "값의 형식이 잘못됨"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {value}"
      ko: "`{field}`은(는) {expected} 형식이어야 하는데 {value}입니다"
    rationale: The parameter has a documented format (URL, date, card expiry, digits).
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "m_redirect_url": "https://shop.example.com/done"}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "m_redirect_url": "/payments/done"}'
          pointer: /m_redirect_url

  - id: field-length
    builtin: true
    title: {en: "Value too long or too short", ko: "값의 길이가 허용 범위를 벗어남"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {actual}"
      ko: "`{field}`은(는) {expected}이어야 하는데 {actual}입니다"
    rationale: PortOne's v1 API schema limits the length of identifiers and buyer fields.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": 1000}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "merchant_uid": "order-0123456789-0123456789-0123456789-0123456789", "amount": 1000}'
          pointer: /merchant_uid

  - id: field-range
    builtin: true
    title: {en: "Number out of range", ko: "숫자가 허용 범위를 벗어남"}
    severity: error
    message:
      en: "`{field}` must be {expected}, found {value}"
      ko: "`{field}`은(는) {expected}이어야 하는데 {value}입니다"
    rationale: The parameter has a documented numeric range.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": 1000}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "merchant_uid": "order-1", "amount": -1000}'
          pointer: /amount

  - id: field-items
    builtin: true
    title: {en: "Wrong number of items", ko: "배열 항목 수가 잘못됨"}
    severity: error
    message:
      en: "`{field}` must have {expected}, found {actual}"
      ko: "`{field}`에는 {expected}이 있어야 하는데 {actual}입니다"
    rationale: The array has a documented number of items.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    examples:
      valid: ['{"customer_uid": "cust-1", "schedules": [{"merchant_uid": "order-1", "schedule_at": 1798729200, "amount": 1000}]}']
      invalid:
        - payload: '{"customer_uid": "cust-1", "schedules": []}'
          pointer: /schedules

  - id: field-required
    builtin: true
    title: {en: "Required member missing", ko: "필수 파라미터 누락"}
    severity: error
    message:
      en: "`{field}` is required"
      ko: "`{field}`은(는) 필수입니다"
    rationale: The member is documented as required wherever its parent object is sent.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "escrow": true, "kcpProducts": [{"orderNumber": "p-1", "name": "상품A", "quantity": 1, "amount": 1000}]}']
      invalid:
        - payload: '{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card", "escrow": true, "kcpProducts": [{"orderNumber": "p-1", "name": "상품A", "quantity": 1}]}'
          pointer: /kcpProducts/0/amount

  - id: field-deprecated
    builtin: true
    title: {en: "Deprecated member", ko: "지원 중단 예정 파라미터"}
    severity: warning
    message:
      en: "`{field}` is deprecated: {expected}"
      ko: "`{field}`은(는) 지원 중단 예정입니다: {expected}"
    rationale: PortOne marks the member as deprecated and names its replacement.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid:
        - payload: '{"pg": "kcp.AO09C", "merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}'
          pointer: /pg

  - id: diagnostics-truncated
    builtin: true
    title: {en: "Too many diagnostics", ko: "진단이 너무 많음"}
    severity: info
    rationale: >-
      After the per-file limit kcplint stops listing diagnostics for the file and says how many were
      left out, so one broken file cannot flood a CI log.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid: ['{"merchant_uid": "order-1", "amount": 1000, "pay_method": "card"}']
      invalid: []

  - id: secret-card-number
    builtin: true
    title: {en: "A real card number in the payload", ko: "페이로드에 실제 카드 번호가 있음"}
    severity: warning
    rationale: >-
      Payload files end up in repositories, CI logs and tickets. A 13-19 digit string with a card-network
      prefix that passes the Luhn check is very likely a real card number (published test card numbers
      such as 4111-1111-1111-1111 are excepted). kcplint reports where it is without printing it, and
      masks it everywhere it prints payload text.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    examples:
      valid:
        - {merchant_uid: order-1, amount: 1000, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '880214'}
      invalid:
        - payload: {pay_method: card, merchant_uid: order-1, amount: 1000, custom_data: {card: "4563-1912-3456-7897"}}
          pointer: /custom_data/card

  - id: secret-credential
    builtin: true
    title: {en: "A PortOne API credential in the payload", ko: "페이로드에 포트원 API 인증 정보가 있음"}
    severity: warning
    rationale: >-
      The REST API key and secret (`imp_key`, `imp_secret`) and access tokens belong in the server's
      secret store, not in request bodies or committed payload files. kcplint reports the member without
      printing its value.
    source: https://developers.portone.io/api/rest-v1/auth?v=v1
    examples:
      valid:
        - {customer_uid: cust-1, merchant_uid: order-1, amount: 1000}
      invalid:
        - payload: {customer_uid: cust-1, merchant_uid: order-1, amount: 1000, imp_secret: "Zq8kR2vN5xT1bL7mW3cJ9pF4hD6sG0aYeUiOtQwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcdefgh"}
          pointer: /imp_secret
"""#####),
        ("10-sdk-fields.yaml", #####"""
# Field dictionary of the browser SDK kinds: IMP.request_pay for a payment (sdk-payment) and for a
# billing key through the KCP window (sdk-billing-key).
# Sources: the current PortOne v1 NHN KCP page, the v1 SDK parameter reference (payrq), and
# docs/kcp-reference.md sections 1.2-1.6. Rules that need more than a type or a limit live in
# 20-sdk-rules.yaml.
#
# Encoded here instead of as a rule (a rule at the same pointer would replace the built-in finding):
# - KCP-CH-002 (`pg` deprecated): `pg` is `deprecated` with `replacement: channelKey` (field-deprecated,
#   warning). The built-in field-deprecated example in 00-catalogue.yaml relies on it.
# - KCP-MISC-001 (`language` not `ko`/`en`): `language` has `enum: [ko, en]` with `severity: warning`
#   (field-enum). The built-in field-enum example in 00-catalogue.yaml relies on it.
# - KCP-URL-002 for `m_redirect_url` and `confirm_url`: `format: url` (field-format). `notice_url`
#   (a string or an array of strings) is checked by the rule `notice-url-absolute`.
# - KCP-ESC-001 (`kcpProducts` items): the four members are `required` with their types
#   (field-required, field-type). The built-in field-required example in 00-catalogue.yaml relies
#   on it.
# - KCP-BP-006 (unknown `bypass` key): `bypass` has a closed dictionary per kind (payment: the seven
#   keys of the KCP page; billing key: `site_logo`, `batch_birth_day_yn`), so an unknown key draws
#   field-unknown with a did-you-mean. Changed from info to field-unknown's warning: a misspelt
#   bypass key (`shop_userid`) silently drops the value, which is exactly what field-unknown is for,
#   and "undocumented" is a warning under the catalogue policy.
catalogue: kcp-sdk-fields
version: 1
description: >-
  Field dictionary of IMP.request_pay (PortOne v1 JavaScript SDK) for NHN KCP payments and billing
  keys issued through the KCP window.

fieldSets:
  # Members of every IMP.request_pay call to KCP.
  sdk-common:
    channelKey:
      type: string
      title: {en: "Channel key", ko: "채널키"}
    pg:
      type: string
      title: {en: "PG code (deprecated)", ko: "PG사 구분코드 (지원 중단 예정)"}
      deprecated:
        en: "upgrade to the latest JavaScript SDK and select the channel with `channelKey` (PortOne console: Integration > Integration info > Channel management)"
        ko: "JS SDK를 최신 버전으로 업그레이드한 후 `channelKey` 파라미터로 채널을 지정하세요 (포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리])"
      replacement: channelKey
    pay_method:
      type: string
      title: {en: "Payment method code", ko: "결제수단 구분코드"}
    merchant_uid:
      type: string
      title: {en: "Merchant order number", ko: "고객사 주문 고유 번호"}
      maxLength: 40
      required: true
    name:
      type: string
      title: {en: "Order name", ko: "주문명"}
    currency:
      type: string
      title: {en: "Currency", ko: "결제통화 구분코드"}
    buyer_name:
      type: string
      title: {en: "Buyer name", ko: "구매자 이름"}
    buyer_email:
      type: string
      title: {en: "Buyer e-mail", ko: "구매자 이메일"}
    buyer_tel:
      type: string
      title: {en: "Buyer phone number", ko: "구매자 연락처"}
    buyer_addr:
      type: string
      title: {en: "Buyer address", ko: "구매자 주소"}
    buyer_postcode:
      type: string
      title: {en: "Buyer postcode", ko: "구매자 우편번호"}
    m_redirect_url:
      type: string
      format: url
      title: {en: "Redirect URL after a mobile payment", ko: "모바일 결제 완료 후 리디렉션될 URL"}
    app_scheme:
      type: string
      title: {en: "App URL scheme (WebView)", ko: "앱 복귀용 URL scheme (WebView)"}
    notice_url:
      type: [string, array]
      items: {type: string}
      title: {en: "Webhook URL(s) for this payment", ko: "웹훅 수신 URL"}
    confirm_url:
      type: string
      format: url
      title: {en: "Confirm-process endpoint", ko: "confirm process 엔드포인트 URL"}
    custom_data:
      type: any
      title: {en: "Merchant data echoed back", ko: "사용자 정의 데이터"}
    language:
      type: string
      enum: [ko, en]
      severity: warning
      title: {en: "Payment window language", ko: "결제창 언어"}
    company:
      type: string
      title: {en: "Merchant name shown in the window", ko: "결제창에 표시될 상호명"}

  # The `card` object (card company direct call or card list); used by both kinds so that the
  # rule card-direct-billing-key can say what KCP does with it on a billing-key window.
  sdk-card:
    card:
      type: object
      title: {en: "Card options", ko: "카드 결제 세부 설정"}
      properties:
        direct:
          type: object
          title: {en: "Card company direct call", ko: "카드사 다이렉트 호출 정보"}
          properties:
            code:
              type: string
              title: {en: "Card company code", ko: "카드사 코드"}
            quota:
              type: integer
              title: {en: "Fixed installment months (+ card-point offset)", ko: "고정 할부 개월수 (카드사 포인트 사용 시 가산)"}
        detail:
          type: array
          title: {en: "Card companies shown in the window", ko: "카드사 렌더링 정보"}
          items:
            type: object
            properties:
              card_code:
                type: string
                title: {en: "Card company code or *", ko: "카드사 코드 또는 *"}
              enabled:
                type: boolean
                title: {en: "Shown or not", ko: "렌더링 여부"}
              max_month:
                type: integer
                title: {en: "Merchant-paid interest-free months (not KCP)", ko: "상점 부담 무이자 최대 개월수 (KCP 미지원)"}

  # Members only meaningful for a payment window.
  sdk-payment-extra:
    amount:
      type: integer
      minimum: 0
      required: true
      title: {en: "Amount (KRW)", ko: "결제금액"}
    escrow:
      type: boolean
      title: {en: "Escrow payment", ko: "에스크로 결제 여부"}
    kcpProducts:
      type: array
      title: {en: "KCP escrow cart items", ko: "KCP 에스크로 장바구니 상품 정보"}
      items:
        type: object
        properties:
          orderNumber:
            type: string
            required: true
            title: {en: "Item order number", ko: "상품주문번호"}
          name:
            type: string
            required: true
            title: {en: "Item name", ko: "상품명"}
          quantity:
            type: integer
            required: true
            title: {en: "Quantity", ko: "수량"}
          amount:
            type: integer
            required: true
            title: {en: "Item price", ko: "상품 가격"}
    products:
      type: array
      items: {type: object, open: true}
      title: {en: "Toss Payments escrow items (not KCP)", ko: "토스페이먼츠 에스크로 상품 정보 (KCP 미지원)"}
    tax_free:
      type: number
      title: {en: "Tax-free portion of the amount", ko: "면세금액"}
    vat_amount:
      type: [number, "null"]
      title: {en: "VAT amount (not supported by KCP)", ko: "부가세 (KCP 미지원)"}
    vat:
      type: number
      title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단)"}
      deprecated:
        en: "use `tax_free`; the VAT is computed as (amount - tax_free) / 11"
        ko: "`tax_free`를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
      replacement: tax_free
    digital:
      type: boolean
      title: {en: "Digital goods (phone payments)", ko: "디지털 상품 여부 (휴대폰 소액결제)"}
    vbank_due:
      type: string
      title: {en: "Virtual account deposit deadline", ko: "가상계좌 입금기한"}
    display:
      type: object
      title: {en: "Window display options", ko: "결제창 렌더링 설정"}
      properties:
        card_quota:
          type: array
          items: {type: integer}
          title: {en: "Installment months offered (KCP: the largest value is the ceiling)", ko: "할부 개월수 (KCP: 가장 큰 값까지 선택 가능)"}
    appCard:
      type: boolean
      title: {en: "App-card payment only", ko: "앱카드 결제만 활성화"}
    auth_mode:
      type: string
      title: {en: "Key-in window", ko: "키인 결제창 호출"}
    prefill:
      type: object
      title: {en: "Prefilled values", ko: "미리 채울 값"}
      properties:
        phoneNumber:
          type: string
          title: {en: "Fixed phone number for phone payments", ko: "휴대폰 소액결제 시 고정할 휴대폰 번호"}
    bypass:
      type: object
      title: {en: "KCP-specific parameters", ko: "KCP 전용 파라미터"}
      properties:
        shop_user_id:
          type: string
          title: {en: "Merchant member ID (gift certificates, phone)", ko: "고객사 회원 ID (상품권, 휴대폰 소액결제 필수)"}
        coupon_apply_yn:
          type: string
          title: {en: "Discount-coupon area (Y/N)", ko: "결제창 할인쿠폰 영역 활성화 (Y/N)"}
        skin_indx:
          type: [string, integer]
          title: {en: "Window skin (1-11, PC)", ko: "결제창 스킨 (1~11, PC)"}
        site_logo:
          type: string
          title: {en: "Logo URL (PC)", ko: "결제창 로고 URL (PC)"}
        complex_pnt_yn:
          type: string
          title: {en: "Points with card (Y) or points only (N)", ko: "포인트 복합결제 여부 (Y/N)"}
        pt_memcorp_cd:
          type: string
          title: {en: "Benepia member-company code", ko: "베네피아 고객사 코드"}
        app_flag:
          type: string
          title: {en: "KB card app (Y), ISP (N), both (S)", ko: "KB국민카드 앱카드(Y)/ISP(N)/모두(S)"}
    biz_num:
      type: string
      title: {en: "Business registration number (Danal only)", ko: "사업자등록번호 (다날 전용)"}
    useFreeInterestFromMall:
      type: boolean
      title: {en: "Merchant-paid interest-free installments (not KCP)", ko: "상점 부담 무이자 할부 (KCP 미지원)"}
    period:
      type: object
      open: true
      title: {en: "Service period (not KCP)", ko: "서비스 제공기간 (KCP 미지원)"}
    niceMobileV2:
      type: boolean
      title: {en: "NICE new mobile window (not KCP)", ko: "나이스페이 신규 모바일 결제창 (KCP 미지원)"}
    popup:
      type: boolean
      title: {en: "Open the window as a popup", ko: "팝업 방식 결제창 호출"}

  # Members only meaningful for a billing-key window.
  sdk-billing-extra:
    amount:
      type: integer
      minimum: 0
      title: {en: "Amount shown in the window (not charged)", ko: "결제창에 표시될 금액 (승인되지 않음)"}
    customer_uid:
      type: string
      maxLength: 80
      required: true
      title: {en: "Billing key id chosen by the merchant", ko: "포트원 빌링키 (고객사 정의)"}
    bypass:
      type: object
      title: {en: "KCP-specific parameters", ko: "KCP 전용 파라미터"}
      properties:
        site_logo:
          type: string
          title: {en: "Logo URL (PC)", ko: "결제창 로고 URL (PC)"}
        batch_birth_day_yn:
          type: string
          title: {en: "Always show the birth-date box (Y)", ko: "생년월일 입력박스 항상 표시 (Y)"}

kinds:
  - id: sdk-payment
    fieldSets: [sdk-common, sdk-card, sdk-payment-extra]
    examples:
      valid:
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: card
          merchant_uid: ORD-20300101-000123
          name: 당근 10kg
          amount: 64900
          company: 당근마켓
          buyer_email: gildong@example.com
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          buyer_addr: 서울특별시 강남구 삼성동
          buyer_postcode: '06164'
          language: ko
          m_redirect_url: https://shop.example.com/payments/complete
          app_scheme: shopapp
          notice_url: [https://shop.example.com/webhooks/portone, https://backup.example.com/webhooks/portone]
          custom_data: {cart_id: 8812, coupon: SPRING}
          display: {card_quota: [2, 3, 4, 5, 6]}
          card: {direct: {code: '367', quota: 3}}
          appCard: false
          escrow: true
          kcpProducts:
            - {orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}
            - {orderNumber: ITEM-2, name: 상품B, quantity: 2, amount: 3000}
          tax_free: 0
          bypass: {shop_user_id: member-20391, site_logo: 'https://shop.example.com/logo.gif', skin_indx: '3'}
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: phone
          merchant_uid: ORD-20300101-000124
          name: 이용권 1개월
          amount: 9900
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          digital: true
          prefill: {phoneNumber: '01012345678'}
          m_redirect_url: https://shop.example.com/payments/complete
          bypass: {shop_user_id: member-20391}
        - channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c
          pay_method: vbank
          merchant_uid: ORD-20300101-000125
          name: 가습기
          amount: 39000
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          vbank_due: '20301231235959'
          card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}
          m_redirect_url: https://shop.example.com/payments/complete
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000126, amount: 64900, buyer_tel: 010-1234-5678, buyer_postalcode: '06164', m_redirect_url: 'https://shop.example.com/done'}
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_methods: card, merchant_uid: ORD-20300101-000127, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-unknown
          pointer: /pay_methods
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000128, amount: 9900, buyer_name: 홍길동, buyer_tel: 010-1234-5678, digital: true, m_redirect_url: 'https://shop.example.com/done', bypass: {shop_user_id: member-1, shop_userid: member-1}}
          rule: field-unknown
          pointer: /bypass/shop_userid
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000129, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', card: {detail: [{cardCode: '366', enabled: true}]}}
          rule: field-unknown
          pointer: /card/detail/0/cardCode
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000130, amount: 64900, buyer_tel: 010-1234-5678, company: 1004, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-type
          pointer: /company
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000131, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: '3', amount: 1000}]}
          rule: field-type
          pointer: /kcpProducts/0/quantity
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000132, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', escrow: true, kcpProducts: [{orderNumber: ITEM-1, quantity: 3, amount: 1000}, {orderNumber: ITEM-2, name: 상품B, amount: 3000}]}
          rule: field-required
          pointers: [/kcpProducts/0/name, /kcpProducts/1/quantity]
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000133, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-deprecated
          pointer: /pg
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000135, amount: 64900, buyer_tel: 010-1234-5678, language: zh, m_redirect_url: 'https://shop.example.com/done'}
          rule: field-enum
          pointer: /language
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000136, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'shop.example.com/payments/complete'}
          rule: field-format
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000137, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done', confirm_url: /api/payments/confirm}
          rule: field-format
          pointer: /confirm_url

  - id: sdk-billing-key
    fieldSets: [sdk-common, sdk-card, sdk-billing-extra]
    examples:
      valid:
        - channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f
          pay_method: card
          merchant_uid: BILL-20300101-0042
          name: 정기구독 카드 등록
          amount: 0
          customer_uid: cust_8f14e45f_card01
          buyer_email: gildong@example.com
          buyer_name: 홍길동
          buyer_tel: 010-1234-5678
          m_redirect_url: https://shop.example.com/billing/complete
          bypass: {batch_birth_day_yn: 'Y', site_logo: 'https://shop.example.com/logo.gif'}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0043, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, buyer_emial: gildong@example.com, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-unknown
          pointer: /buyer_emial
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0044, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete', bypass: {batch_birthday_yn: 'Y'}}
          rule: field-unknown
          pointer: /bypass/batch_birthday_yn
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0045, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete', escrow: true}
          rule: field-unknown
          pointer: /escrow
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0046, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_name: 8812, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-type
          pointer: /buyer_name
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0047, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete'}
          rule: field-deprecated
          pointer: /pg
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0048, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/billing/complete', language: kr}
          rule: field-enum
          pointer: /language
"""#####),
        ("20-sdk-rules.yaml", #####"""
# Rules of the browser SDK kinds (IMP.request_pay): sdk-payment and sdk-billing-key, plus the gate
# that stops checking a payload whose `pg` names another gateway (every kind).
# Candidate ids (`ref`) are those of docs/kcp-reference.md section 7.
#
# Candidates encoded in 10-sdk-fields.yaml instead of here: KCP-CH-002 (`pg` deprecated),
# KCP-MISC-001 (`language`), KCP-URL-002 for `m_redirect_url`/`confirm_url`, KCP-ESC-001
# (`kcpProducts` items) and KCP-BP-006 (unknown `bypass` keys); see the comment at its top.
#
# KCP-ESC-005 (do not implement): the sum of `kcpProducts[].amount` is never compared with `amount`.
# The KCP page says the item amounts are unrelated to `param.amount` and are not cross-checked, so a
# rule comparing them would raise false alarms on correct escrow carts.
#
# Changed candidates (the reason is repeated in each rule's rationale):
# - KCP-CH-004 is split in two rules: the doc placeholder (error) and any other shape (warning).
# - KCP-CH-005/006 are split: a billing channel on a payment and a payment channel on a billing
#   key get their own rules (pg-billing-channel-for-payment, pg-payment-channel-for-billing-key);
#   every other malformed `pg` is pg-format; `{...}` placeholders are pg-placeholder.
# - KCP-Q-002 is narrowed to what can be told from the array alone: a value of 1 or less, or a
#   list of two or more values without 2 (e.g. [3, 6, 12]). A list with a gap that starts at 2
#   ([2, 6]) is not detected: the catalogue format cannot compare items with each other.
# - KCP-CARD-003 is split in four rules (Hyundai with +60, +80 on another card, +60 on a card
#   without a documented offset, base months of 1 or negative).
# - KCP-CARD-010, KCP-BP-001, KCP-BP-002 and KCP-BP-005 are split in one rule per severity.
# - KCP-PHONE-004 is split: hyphens or spaces in a mobile number stay info; a value that is not a
#   Korean mobile number at all is a warning (the window fixes a number that cannot receive the
#   payment SMS).
# - KCP-URL-003 also covers `confirm_url`: PortOne's server calls it just like a webhook, and a
#   confirm_url PortOne cannot reach aborts every payment.
# - KCP-MISC-003 leaves out `vat_amount` (KCP-TAX-003, REST author's file) and `products`
#   (KCP-ESC-004, a warning here); `popup` is not flagged (its KCP support is unknown, not denied).
#
# Rules without a candidate id: pg-placeholder and url-placeholder (the issue's "doc placeholders left
# in are errors", for `pg` and the URL members), pg-site-code-from-other-gateway (KG Inicis sample
# store ids after `kcp.`, seen in public merchant code), app-card-with-non-card-method (info), and
# the gateway gate (not-kcp-gateway, not-kcp-quickpay, kcp-quick-out-of-scope).
catalogue: kcp-sdk-rules
version: 1
description: >-
  Rules for IMP.request_pay with NHN KCP (payments and billing keys through the KCP window), and
  the gateway gate shared by every kind.

rules:
  # ===================================================================== gateway gate (all kinds)
  - id: not-kcp-gateway
    title: {en: "The payload is for another gateway", ko: "다른 PG사 요청"}
    severity: warning
    stop: true
    when:
      all:
        - {path: pg, type: string, empty: false}
        - not: {path: pg, matches: '(?i)^kcp(_billing|_quick)?($|\.)'}
    assert:
      forbid: pg
    message:
      en: "`pg` {value} names another payment gateway: the NHN KCP catalogue does not apply, so nothing else was checked"
      ko: "`pg` 값 {value}은(는) NHN KCP가 아닌 다른 PG사입니다. NHN KCP 규칙이 적용되지 않으므로 나머지 항목은 검사하지 않았습니다"
    rationale: >-
      A `pg` value is `{provider}` or `{provider}.{store id}`, and the KCP provider codes are `kcp`
      (payment window, key-in and REST) and `kcp_billing` (billing-key window). Any other provider
      (`html5_inicis`, `nice_v2`, `tosspayments`, ...) follows different rules, so checking it
      against the KCP catalogue would only produce a flood of wrong findings. One warning says why
      the payload was skipped. The match ignores case so that `KCP.AO09C` is still checked as KCP
      (and flagged by pg-format). `kcp_quick` is excluded here and handled by not-kcp-quickpay.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-2?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000201, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678, m_redirect_url: 'https://shop.example.com/done'}
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0201, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: 010-1234-5678}
        - {pg: kcp, merchant_uid: ORD-20300101-000202, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
      invalid:
        - payload: {pg: html5_inicis.MOI0001, pay_method: card, merchant_uid: ORD-20300101-000203, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678}
          pointer: /pg
        - payload: {pg: nice_v2, merchant_uid: ORD-20300101-000204, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
          pointer: /pg
        - payload: {pg: kcpx.AO09C, pay_method: card, merchant_uid: ORD-20300101-000205, amount: 64900}
          pointer: /pg

  - id: not-kcp-quickpay
    title: {en: "The payload is for KCP QuickPay", ko: "KCP 퀵페이 요청"}
    severity: warning
    stop: true
    when: {path: pg, matches: '(?i)^kcp_quick($|\.)'}
    assert:
      forbid: pg
    message:
      en: "`pg` {value} is a KCP QuickPay channel (`kcp_quick`), which this catalogue does not cover: nothing else was checked"
      ko: "`pg` 값 {value}은(는) KCP 퀵페이(`kcp_quick`) 채널입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 나머지 항목은 검사하지 않았습니다"
    rationale: >-
      KCP QuickPay is a separate PortOne channel type (`kcp_quick`) with its own parameters
      (`bypass.kcpQuick`, action types, encrypted CI) and its own page; the constraints of the KCP
      payment and billing windows do not apply to it.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000206, amount: 64900, buyer_tel: 010-1234-5678}
      invalid:
        - payload: {pg: kcp_quick.AO09C, pay_method: card, merchant_uid: ORD-20300101-000207, amount: 1000, customer_uid: qp_member_0001_card0, bypass: {kcpQuick: {actionType: Pay, encryptedCI: c2VjcmV0, memberID: member0001}}}
          pointer: /pg

  - id: kcp-quick-out-of-scope
    title: {en: "KCP QuickPay request not checked", ko: "KCP 퀵페이 요청은 검사하지 않음"}
    severity: info
    stop: true
    when:
      all:
        - present: bypass.kcpQuick
        - absent: pg
    assert:
      forbid: bypass.kcpQuick
    message:
      en: "`bypass.kcpQuick` marks a KCP QuickPay request, which this catalogue does not cover: nothing else was checked"
      ko: "`bypass.kcpQuick`은 KCP 퀵페이 요청에 사용하는 파라미터입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 나머지 항목은 검사하지 않았습니다"
    rationale: >-
      With `channelKey` the channel type cannot be seen in the payload, but `bypass.kcpQuick` is
      documented only for KCP QuickPay (`kcp_quick`) channels, whose requests follow their own page
      (action types without `amount`, `customer_uid` per registered card). Checking them against the
      KCP payment or billing-key rules would raise false alarms on correct QuickPay calls, so the
      payload is skipped with an info (not a warning: it may follow the QuickPay docs exactly).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000208, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000209, name: 결제수단 등록, customer_uid: qp_member_0001_card0, bypass: {kcpQuick: {actionType: Register, encryptedCI: c2VjcmV0, memberID: member0001}}, m_redirect_url: 'https://shop.example.com/quick/done'}
          pointer: /bypass/kcpQuick

  - id: kcp-quick-bypass-on-kcp-channel
    title: {en: "`bypass.kcpQuick` on a KCP payment or billing channel", ko: "KCP 일반/정기결제 채널에 `bypass.kcpQuick` 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - present: bypass.kcpQuick
        - {path: pg, matches: '(?i)^kcp(_billing)?($|\.)'}
    assert:
      forbid: bypass.kcpQuick
    message:
      en: "`bypass.kcpQuick` belongs to KCP QuickPay channels (`kcp_quick`); on the `kcp`/`kcp_billing` channel named by `pg` it is not used"
      ko: "`bypass.kcpQuick`은 KCP 퀵페이(`kcp_quick`) 채널 전용 파라미터입니다. `pg`에 지정한 `kcp`/`kcp_billing` 채널에서는 사용되지 않습니다"
    rationale: >-
      `bypass.kcpQuick` is documented only on the KCP QuickPay page, whose channel code is
      `kcp_quick`. A payload that names a `kcp` or `kcp_billing` channel and also sends it mixes two
      products: either the channel or the parameter is wrong.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1
    ref: KCP-CH-012
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000210, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000211, amount: 64900, bypass: {kcpQuick: {actionType: Pay, encryptedCI: c2VjcmV0, memberID: member0001}}}
          pointer: /bypass/kcpQuick

  # ================================================================================ channel
  - id: channel-missing
    title: {en: "No channel selected", ko: "채널 미지정"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      requireAny: [channelKey, pg]
    message:
      en: "neither `channelKey` nor `pg` is set: PortOne uses the console's default channel, which may not be the KCP channel"
      ko: "`channelKey`와 `pg`가 모두 없습니다. 콘솔에 설정된 기본 채널로 결제가 요청되므로 KCP 채널이 아닐 수 있습니다"
    rationale: >-
      The KCP page makes `channelKey` the way to pick the KCP channel (`pg` is its deprecated
      alternative). Without either, the default PG set in the console is used; with more than one
      channel configured that is silently a different gateway, and for a billing key it must be a
      `kcp_billing` channel.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000212, amount: 64900}
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0202, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pay_method: card, merchant_uid: ORD-20300101-000213, name: 당근 10kg, amount: 64900, buyer_tel: 010-1234-5678}
          pointer: /channelKey
        - payload: {pay_method: card, merchant_uid: BILL-20300101-0203, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: 'https://shop.example.com/done'}
          pointer: /channelKey

  - id: channel-key-and-pg
    title: {en: "`channelKey` and `pg` both set", ko: "`channelKey`와 `pg`를 함께 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      exclusive: [channelKey, pg]
    message:
      en: "`pg` is sent together with `channelKey`: which one PortOne uses is not documented; remove the deprecated `pg`"
      ko: "`channelKey`와 `pg`를 함께 입력했습니다. 어느 값이 적용되는지 문서화되어 있지 않으므로 지원 중단 예정인 `pg`를 삭제하세요"
    rationale: >-
      The KCP page presents `channelKey` as the replacement of the deprecated `pg`; what happens
      when both are sent (and disagree) is not documented anywhere, so the channel actually used is
      unpredictable.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000214, amount: 64900}
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000215, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000216, amount: 64900}
          pointer: /pg

  - id: channel-key-placeholder
    title: {en: "Channel key left as the doc placeholder", ko: "채널키 예시 값을 그대로 사용"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: channelKey
      notPattern: '(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$'
    message:
      en: "`channelKey` {value} is a placeholder copied from the docs: use the channel key shown in the PortOne console (Integration > Integration info > Channel management)"
      ko: "`channelKey` 값 {value}은(는) 문서의 예시 값입니다. 포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리]에서 확인한 채널키를 입력하세요"
    rationale: >-
      Every SDK example on the KCP page sends `channelKey: "{콘솔 내 연동 정보의 채널키}"`. Sent as is,
      PortOne finds no channel and the window never opens. Braces, angle brackets, the Korean word
      for channel key, or "your channel key" never occur in a real key (`channel-key-` followed by a
      UUID).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000217, amount: 64900}
      invalid:
        - payload: {channelKey: '{콘솔 내 연동 정보의 채널키}', pay_method: card, merchant_uid: ORD-20300101-000218, amount: 64900}
          pointer: /channelKey
        - payload: {channelKey: '<YOUR_CHANNEL_KEY>', pay_method: card, merchant_uid: BILL-20300101-0204, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /channelKey

  - id: channel-key-format
    title: {en: "Channel key in an unexpected shape", ko: "채널키 형식이 예상과 다름"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - {path: channelKey, type: string}
        - not: {path: channelKey, matches: '(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$'}
    assert:
      path: channelKey
      pattern: '(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    message:
      en: "`channelKey` {value} does not look like a PortOne channel key (`channel-key-` followed by a UUID): copy it from the console's channel list"
      ko: "`channelKey` 값 {value}이(가) 포트원 채널키 형식(`channel-key-` 뒤에 UUID)이 아닙니다. 콘솔의 채널 관리 화면에서 채널키를 복사해 입력하세요"
    rationale: >-
      Channel keys issued by the console have the form `channel-key-<UUID>` (as in PortOne's own
      playground). A different shape usually means another identifier was pasted (the merchant code
      `imp...`, a store id or a site code) or whitespace was copied along. The format is not
      specified in the docs, so this is a warning; a placeholder is reported by
      channel-key-placeholder instead.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CH-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000219, amount: 64900}
        - {channelKey: '{콘솔 내 연동 정보의 채널키}', pay_method: card, merchant_uid: ORD-20300101-000220, amount: 64900}
      invalid:
        - payload: {channelKey: imp12345678, pay_method: card, merchant_uid: ORD-20300101-000221, amount: 64900}
          pointer: /channelKey
        - payload: {channelKey: 'channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c ', pay_method: card, merchant_uid: BILL-20300101-0205, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /channelKey

  - id: pg-placeholder
    title: {en: "`pg` left as the doc placeholder", ko: "`pg` 예시 값을 그대로 사용"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: pg
      notPattern: '[{}<>]'
    message:
      en: "`pg` {value} still contains the doc placeholder: write the site code itself, without braces, e.g. `kcp.AO09C` (or switch to `channelKey`)"
      ko: "`pg` 값 {value}에 문서의 예시 표기가 남아 있습니다. 중괄호 없이 `kcp.AO09C`처럼 실제 사이트코드를 입력하세요 (또는 `channelKey`로 변경하세요)"
    rationale: >-
      The KCP page describes the value as `kcp.{mid(사이트코드)}` and `kcp_billing.{mid(사이트코드)}`;
      copied literally, no channel matches and PortOne falls back to the console's default channel.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000222, amount: 64900}
      invalid:
        - payload: {pg: 'kcp.{mid(사이트코드)}', pay_method: card, merchant_uid: ORD-20300101-000223, amount: 64900}
          pointer: /pg
        - payload: {pg: 'kcp_billing.{mid(사이트코드)}', pay_method: card, merchant_uid: BILL-20300101-0206, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: 'kcp.{AO09C}', pay_method: card, merchant_uid: ORD-20300101-000405, amount: 64900}
          pointer: /pg

  - id: pg-billing-channel-for-payment
    title: {en: "Billing channel used for a payment", ko: "일반결제에 정기결제 채널 사용"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: pg
      notPattern: '^kcp_billing($|\.)'
    message:
      en: "`pg` {value} is a KCP billing-key channel, but this request has no `customer_uid`: a payment uses `kcp.{site code}`, a billing key needs `customer_uid`"
      ko: "`pg` 값 {value}은(는) KCP 정기결제(빌링키 발급) 채널인데 `customer_uid`가 없습니다. 일반결제는 `kcp.{mid(사이트코드)}`를, 빌링키 발급은 `customer_uid`를 함께 입력해야 합니다"
    rationale: >-
      The KCP page uses `kcp.{site code}` for the payment window and `kcp_billing.{site code}` for
      the billing-key window, and the `kcp_billing` channel only issues billing keys (it cannot charge
      while issuing). PortOne's React Native and Flutter wrappers refuse `kcp_billing` without
      `customer_uid` for the same reason.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000224, amount: 64900}
        - {pg: kcp, pay_method: trans, merchant_uid: ORD-20300101-000225, amount: 64900}
      invalid:
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: ORD-20300101-000226, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp_billing, pay_method: card, merchant_uid: ORD-20300101-000227, amount: 64900}
          pointer: /pg

  - id: pg-payment-channel-for-billing-key
    title: {en: "Payment channel used for a billing key", ko: "빌링키 발급에 일반결제 채널 사용"}
    severity: error
    kinds: [sdk-billing-key]
    assert:
      path: pg
      notPattern: '^kcp($|\.)'
    message:
      en: "`pg` {value} is a KCP payment channel: a billing key through the KCP window needs the billing channel `kcp_billing.{site code}`"
      ko: "`pg` 값 {value}은(는) KCP 일반결제 채널입니다. KCP 결제창으로 빌링키를 발급하려면 `kcp_billing.{mid(사이트코드)}` 정기결제 채널을 지정해야 합니다"
    rationale: >-
      PortOne's billing-key rules: the `kcp_billing` channel issues billing keys through the window;
      the `kcp` channel issues them only through the API (`/subscribe/customers`, `/onetime`). The
      KCP page's billing section uses `kcp_billing.{site code}`.
    source: https://developers.portone.io/opi/ko/support/code-info/pg?v=v1
    ref: KCP-CH-006
    examples:
      valid:
        - {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0207, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pg: kcp.AO09C, pay_method: card, merchant_uid: BILL-20300101-0208, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg
        - payload: {pg: kcp, pay_method: card, merchant_uid: BILL-20300101-0209, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg

  - id: pg-format
    title: {en: "`pg` not of the form kcp.{site code}", ko: "`pg` 형식 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - {path: pg, type: string}
        - not: {path: pg, matches: '[{}<>]'}
    assert:
      path: pg
      pattern: '^kcp(_billing)?(\.[A-Za-z0-9]+)?$'
    message:
      en: "`pg` {value} is not a KCP channel code: write `kcp.{site code}` for payments or `kcp_billing.{site code}` for billing keys, in lower case, with no spaces"
      ko: "`pg` 값 {value}은(는) 올바른 KCP 채널 코드가 아닙니다. 일반결제는 `kcp.{mid(사이트코드)}`, 빌링키 발급은 `kcp_billing.{mid(사이트코드)}` 형식으로 공백 없이 소문자로 입력하세요"
    rationale: >-
      The KCP page documents `kcp.{site code}` and `kcp_billing.{site code}`; PortOne's code list
      spells the providers in lower case, and a `pg` that matches no channel silently falls back to
      the console's default channel. Swapped channel types and `{...}` placeholders have their own
      rules.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CH-005
    examples:
      valid:
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000228, amount: 64900}
        - {pg: kcp_billing.T0000, pay_method: card, merchant_uid: BILL-20300101-0210, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {pg: KCP.AO09C, pay_method: card, merchant_uid: ORD-20300101-000229, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp., pay_method: card, merchant_uid: ORD-20300101-000230, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp_billing.AO09C/1, pay_method: card, merchant_uid: BILL-20300101-0211, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg

  - id: pg-site-code-shape
    title: {en: "Unusual KCP site code", ko: "KCP 사이트코드 형식이 일반적이지 않음"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key]
    when:
      all:
        - {path: pg, matches: '^kcp(_billing)?\.[A-Za-z0-9]+$'}
        - not: {path: pg, matches: '(?i)^kcp(_billing)?\.(INIpayTest|INIBillTst|iamport00m)$'}
    assert:
      path: pg
      pattern: '^kcp(_billing)?\.[A-Z0-9]{5}$'
    message:
      en: "the site code in `pg` {value} is not 5 upper-case letters or digits like `T0000` or `AO09C`: check it against the KCP site code in the console"
      ko: "`pg` 값 {value}의 사이트코드가 `T0000`, `AO09C`처럼 영문 대문자·숫자 5자리가 아닙니다. 콘솔에 등록된 KCP 사이트코드와 같은지 확인하세요"
    rationale: >-
      KCP site codes seen in PortOne's docs and playground are five upper-case alphanumerics (the
      public test code `T0000`, `AO09C`). The format itself is not specified, so a different shape is
      only worth a look (info), e.g. a lower-cased code or a group id pasted instead.
    source: https://developers.portone.io/opi/ko/integration/ready/readme?v=v1
    ref: KCP-CH-007
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000231, amount: 3000}
        - {pg: kcp, merchant_uid: ORD-20300101-000232, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', amount: 3000}
      invalid:
        - payload: {pg: kcp.ao09c, pay_method: card, merchant_uid: ORD-20300101-000233, amount: 64900}
          pointer: /pg
        - payload: {pg: kcp.A52Q71000489, card_number: 4111-1111-1111-1111, expiry: 2030-12, birth: '820213', pwd_2digit: '12'}
          pointer: /pg

  - id: pg-site-code-from-other-gateway
    title: {en: "Another gateway's test store id used as a KCP site code", ko: "다른 PG사의 테스트 상점 아이디를 KCP 사이트코드로 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key]
    assert:
      path: pg
      notPattern: '(?i)^kcp(_billing)?\.(INIpayTest|INIBillTst|iamport00m)$'
    message:
      en: "`pg` {value} puts a KG Inicis / generic sample store id after `kcp.`: no KCP channel has it; use your KCP site code (public test: `kcp.T0000`) or `channelKey`"
      ko: "`pg` 값 {value}은(는) `kcp.` 뒤에 KG이니시스·범용 예시 상점 아이디를 붙인 값입니다. 이런 KCP 채널은 없으므로 KCP 사이트코드(공용 테스트: `kcp.T0000`) 또는 `channelKey`를 사용하세요"
    rationale: >-
      `INIpayTest`, `INIBillTst` and `iamport00m` are the test store ids of PortOne's generic and
      KG Inicis samples (`html5_inicis.INIpayTest`); copied after `kcp.` they match no KCP channel,
      and a `pg` that matches no channel falls back to the console's default channel. Seen in public
      merchant code. KCP's own public test site code is `T0000`.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CH-007
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000406, amount: 1004}
      invalid:
        - payload: {pg: kcp.INIpayTest, pay_method: card, merchant_uid: ORD-20300101-000407, amount: 1004}
          pointer: /pg
        - payload: {pg: kcp_billing.INIBillTst, pay_method: card, merchant_uid: BILL-20300101-0228, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pg

  # ============================================================================= pay_method
  - id: pay-method-not-kcp
    title: {en: "`pay_method` not offered by KCP", ko: "KCP에서 지원하지 않는 `pay_method`"}
    severity: error
    kinds: [sdk-payment]
    when:
      not: {path: pay_method, in: [samsungpay, naverpay_card, naverpay_point, tosspay_card, tosspay_money]}
    assert:
      path: pay_method
      enum: [card, trans, vbank, phone, cultureland, smartculture, booknlife, happymoney, samsung, payco, lpay, kakaopay, naverpay, naverpay_bridge, ssgpay, applepay, tosspay, point, rocketpay]
    message:
      en: "`pay_method` {value} is not a KCP payment method: PortOne opens the plain card window instead; use one of {expected}"
      ko: "`pay_method` 값 {value}은(는) KCP에서 지원하는 결제수단이 아닙니다. 이 경우 일반 카드 결제창이 열리므로 {expected} 중 하나를 입력하세요"
    rationale: >-
      The set is the union of the KCP page's two lists (window methods and the `pay_method`
      parameter list: `happymoney`, `ssgpay`, `naverpay_bridge`, `tosspay` included) plus
      `rocketpay` (added to the page in PR #1118). That PR also states the consequence: an unknown
      value is not rejected, the plain card window opens, so the customer is charged by card for
      what was meant as another method. Generic aliases with a KCP equivalent are reported by
      pay-method-alias instead, with a fix.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: kakaopay, merchant_uid: ORD-20300101-000234, amount: 64900}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_bridge, merchant_uid: ORD-20300101-000235, amount: 64900}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsungpay, merchant_uid: ORD-20300101-000236, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: kpay, merchant_uid: ORD-20300101-000237, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: CARD, merchant_uid: ORD-20300101-000238, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: paypal, merchant_uid: ORD-20300101-000239, amount: 64900}
          pointer: /pay_method

  - id: pay-method-alias
    title: {en: "Generic `pay_method` alias instead of the KCP value", ko: "KCP 결제수단 코드 대신 범용 코드 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [samsungpay, naverpay_card, naverpay_point, tosspay_card, tosspay_money]
    fix:
      map: {samsungpay: samsung, naverpay_card: naverpay, naverpay_point: naverpay_bridge, tosspay_card: tosspay, tosspay_money: tosspay}
      message: {en: "use the KCP payment method code", ko: "KCP 결제수단 코드로 변경"}
    message:
      en: "`pay_method` {value} is the generic SDK code; the KCP page uses its own code for this method (`samsung`, `naverpay`, `naverpay_bridge`, `tosspay`)"
      ko: "`pay_method` 값 {value}은(는) 범용 SDK 코드입니다. KCP 문서에서는 이 결제수단에 KCP 전용 코드(`samsung`, `naverpay`, `naverpay_bridge`, `tosspay`)를 사용합니다"
    rationale: >-
      The SDK parameter reference lists generic codes (`samsungpay`, `naverpay_card`,
      `naverpay_point`, `tosspay_card`, `tosspay_money`) while the KCP page lists `samsung`,
      `naverpay` (card payment call), `naverpay_bridge` (card/point selector) and `tosspay`. Whether
      PortOne maps the generic codes for KCP is not documented, and an unmapped value opens the plain
      card window, so this is a warning with the KCP code as the fix. `naverpay_point` maps to
      `naverpay_bridge`, the KCP entry that lets the buyer use Naver Pay points.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsung, merchant_uid: ORD-20300101-000240, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: samsungpay, merchant_uid: ORD-20300101-000241, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay_point, merchant_uid: ORD-20300101-000242, amount: 64900}
          pointer: /pay_method

  - id: pay-method-conflicting-docs
    title: {en: "`pay_method` listed inconsistently for KCP", ko: "KCP 문서에서 지원 여부가 불분명한 `pay_method`"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [happymoney, ssgpay]
    message:
      en: "`pay_method` {value} appears only in the KCP page's parameter list, not among its available methods (`happymoney` was removed from PortOne's docs in 2024): confirm with PortOne that it is enabled for your KCP channel"
      ko: "`pay_method` 값 {value}은(는) KCP 문서의 파라미터 목록에만 있고 가능한 결제수단 목록에는 없습니다 (`happymoney`는 2024년에 문서에서 삭제되었다가 다시 추가되었습니다). 사용 중인 KCP 채널에서 지원되는지 포트원에 확인하세요"
    rationale: >-
      The current KCP page lists `happymoney` and `ssgpay` in the `pay_method` parameter list but not
      in its "available methods" list; `happymoney` was removed from all v1 docs on 2024-07-29 and
      re-listed on 2026-04-27. The sources conflict, so the value is accepted by pay-method-not-kcp
      and flagged here as a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: cultureland, merchant_uid: ORD-20300101-000243, amount: 10000, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: happymoney, merchant_uid: ORD-20300101-000244, amount: 10000, bypass: {shop_user_id: member-20391}}
          pointer: /pay_method
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: ssgpay, merchant_uid: ORD-20300101-000245, amount: 64900}
          pointer: /pay_method

  - id: pay-method-rocketpay
    title: {en: "`rocketpay` is new for KCP", ko: "`rocketpay`는 최근 추가된 결제수단"}
    severity: info
    kinds: [sdk-payment]
    assert:
      path: pay_method
      notIn: [rocketpay]
    message:
      en: "`pay_method` `rocketpay` was added to the KCP page in August 2026: make sure it is enabled for your channel before relying on it"
      ko: "`pay_method` 값 `rocketpay`는 2026년 8월 KCP 문서에 추가된 결제수단입니다. 사용 중인 채널에서 이용 가능한지 먼저 확인하세요"
    rationale: >-
      `rocketpay` was added to the v1 KCP page by PR #1118 (merged 2026-08-27), after the rest of
      the page was settled; the same PR notes that a value the server does not know opens the plain
      card window. Accepted, with a note.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: tosspay, merchant_uid: ORD-20300101-000246, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: rocketpay, merchant_uid: ORD-20300101-000247, amount: 64900}
          pointer: /pay_method

  - id: pay-method-missing
    title: {en: "`pay_method` missing", ko: "`pay_method` 누락"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      require: pay_method
    message:
      en: "`pay_method` is missing: the card window opens by default; set the method explicitly (`card` for a billing key)"
      ko: "`pay_method`가 없습니다. 기본값으로 카드 결제창이 열리므로 결제수단을 명시하세요 (빌링키 발급은 `card`)"
    rationale: >-
      The KCP page lists `pay_method` among the main parameters and every KCP example sends it; the
      SDK reference marks it optional and the legacy default is `card`. A missing value is usually an
      omission (or a misspelt key), and the result (card) may not be what the button promised.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000248, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, merchant_uid: ORD-20300101-000249, amount: 64900}
          pointer: /pay_method
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, merchant_uid: BILL-20300101-0212, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method

  - id: billing-pay-method-card
    title: {en: "Billing key through the window needs `pay_method: card`", ko: "결제창 빌링키 발급은 `pay_method: card`만 지원"}
    severity: error
    kinds: [sdk-billing-key]
    assert:
      path: pay_method
      equals: card
    fix:
      replace: card
      message: {en: "use `card`", ko: "`card`로 변경"}
    message:
      en: "`pay_method` {value} cannot issue a billing key through the KCP window: only `card` is supported"
      ko: "KCP 결제창 빌링키 발급은 `card`만 지원되므로 `pay_method` 값 {value}(으)로는 발급할 수 없습니다"
    rationale: >-
      The KCP page's "결제창 빌링키 발급" lists `card` as the only method and its example comments
      "'card'만 지원됩니다".
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PM-006
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0213, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: trans, merchant_uid: BILL-20300101-0214, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: kakaopay, merchant_uid: BILL-20300101-0215, amount: 0, customer_uid: cust_8f14e45f_card01}
          pointer: /pay_method

  - id: billing-amount-display-only
    title: {en: "Billing-key window does not charge `amount`", ko: "빌링키 발급 시 `amount`는 승인되지 않음"}
    severity: info
    kinds: [sdk-billing-key]
    assert:
      path: amount
      max: 0
    message:
      en: "`amount` {value} is only shown in the KCP billing-key window; nothing is charged: charge later with /subscribe/payments/again or /schedule"
      ko: "`amount` 값 {value}은(는) 결제창에 표시만 되고 빌링키 발급 시 결제가 승인되지 않습니다. 결제는 발급 후 /subscribe/payments/again 또는 /schedule API로 요청하세요"
    rationale: >-
      The KCP page: "결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다", and PortOne's billing
      rules say `kcp_billing` cannot charge while issuing. A positive amount is allowed but often
      means the first charge was expected to happen here.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-005
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0216, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0217, amount: 9900, customer_uid: cust_8f14e45f_card01}
          pointer: /amount

  # ===================================================================== buyer and order text
  - id: sdk-buyer-tel-missing
    title: {en: "`buyer_tel` missing", ko: "`buyer_tel` 누락"}
    severity: info
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      require: buyer_tel
    message:
      en: "`buyer_tel` is missing: some gateways fail without the buyer's phone number, and PortOne's app SDKs refuse the call"
      ko: "`buyer_tel`이 없습니다. 일부 PG사는 구매자 연락처가 없으면 결제가 실패하며 포트원 앱 SDK는 호출을 거부합니다"
    rationale: >-
      The SDK reference says some gateways fail when `buyer_tel` is missing; every KCP example sends
      it, and PortOne's playground, React Native and Flutter wrappers treat it as required. KCP's
      own docs do not mark it required.
      Severity info, not the reference's warning: the KCP page lists `buyer_tel` as optional, so a payload that follows it must not draw a warning; the advice stands because PortOne's wrappers refuse the call without it.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-BUY-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000250, amount: 64900, buyer_tel: 02-1234-1234}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000251, amount: 64900, buyer_name: 홍길동}
          pointer: /buyer_tel
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0218, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_tel: ' '}
          pointer: /buyer_tel

  - id: sdk-buyer-field-length
    title: {en: "Buyer field longer than PortOne's limit", ko: "구매자 정보가 포트원 길이 제한을 넘음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - path: buyer_name
        length: {max: 16}
        message: {en: "`buyer_name` is longer than 16 characters, PortOne's limit for this field", ko: "`buyer_name`이 포트원 제한 길이인 16자를 넘습니다"}
      - path: buyer_email
        length: {max: 64}
        message: {en: "`buyer_email` is longer than 64 characters, PortOne's limit for this field", ko: "`buyer_email`이 포트원 제한 길이인 64자를 넘습니다"}
      - path: buyer_tel
        length: {max: 16}
        message: {en: "`buyer_tel` is longer than 16 characters, PortOne's limit for this field", ko: "`buyer_tel`이 포트원 제한 길이인 16자를 넘습니다"}
      - path: buyer_addr
        length: {max: 128}
        message: {en: "`buyer_addr` is longer than 128 characters, PortOne's limit for this field", ko: "`buyer_addr`이 포트원 제한 길이인 128자를 넘습니다"}
      - path: buyer_postcode
        length: {max: 8}
        message: {en: "`buyer_postcode` is longer than 8 characters, PortOne's limit for this field", ko: "`buyer_postcode`가 포트원 제한 길이인 8자를 넘습니다"}
    message:
      en: "`{field}` is longer than PortOne's limit ({expected})"
      ko: "`{field}`이(가) 포트원 길이 제한({expected})을 넘습니다"
    rationale: >-
      PortOne's v1 API schema limits `buyer_name` to 16, `buyer_email` to 64, `buyer_tel` to 16,
      `buyer_addr` to 128 and `buyer_postcode` to 8 characters. The limits are documented for the
      REST bodies only; the SDK reference gives none, so for IMP.request_pay this is a warning
      (KCP may cut or reject the value) rather than the REST rules' error.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-BUY-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000252, amount: 64900, buyer_name: 포트원 기술지원팀, buyer_email: test@portone.io, buyer_tel: 010-1234-5678, buyer_addr: 서울특별시 강남구 삼성동, buyer_postcode: 123-456}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000253, amount: 64900, buyer_name: Alexander Maximilian Hohenzollern, buyer_tel: +82 (0)10-1234-5678 ext. 12, buyer_postcode: '06164-0001'}
          pointers: [/buyer_name, /buyer_tel, /buyer_postcode]
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0219, amount: 0, customer_uid: cust_8f14e45f_card01, buyer_email: very.long.customer.address.for.newsletter.and.billing@mail.subdomain.example.com}
          pointer: /buyer_email

  - id: sdk-name-length
    title: {en: "Order name longer than 40 characters", ko: "주문명이 40자를 넘음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: name
      length: {max: 40}
    message:
      en: "`name` is longer than 40 characters: the SDK reference asks for 40 at most, and the window may cut it"
      ko: "`name`이 40자를 넘습니다. 주문명은 40자 이내로 작성해야 하며 결제창에서 잘릴 수 있습니다"
    rationale: >-
      The SDK reference says "40자 이내로 작성해주세요" for `name`, and the v1 REST schema has maxLength
      40. For IMP.request_pay the consequence is not documented (the REST rule is an error), so a
      warning here.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-NAME-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000254, amount: 64900, name: 당근 10kg 외 2건}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000255, amount: 64900, name: 'Organic carrots 10kg, free-range eggs 30, and two more items'}
          pointer: /name

  - id: sdk-name-bytes
    title: {en: "Order name over KCP's 100-byte limit", ko: "주문명이 KCP 제한 100바이트를 넘음"}
    severity: warning
    kinds: [sdk-payment]
    when: {path: name, length: {max: 40}}
    assert:
      path: name
      bytes: {max: 100}
    message:
      en: "`name` takes more than 100 bytes in UTF-8: KCP limits the order name to 100 bytes, so long Korean names may be cut"
      ko: "`name`이 UTF-8 기준 100바이트를 넘습니다. KCP의 주문명 제한은 100바이트이므로 긴 한글 주문명은 잘릴 수 있습니다"
    rationale: >-
      PortOne's KCP (V2) page gives KCP's own limit for the order name as 100 bytes; Korean syllables
      take 3 bytes in UTF-8, so a 34-40 character Korean name passes PortOne's 40-character limit
      and still exceeds KCP's. KCP's byte encoding is not documented, hence a warning. Names over 40
      characters are left to sdk-name-length.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-NAME-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000256, amount: 64900, name: 유기농 당근 10kg 외 2건}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000257, amount: 64900, name: 제주산 유기농 당근 십킬로그램 한상자와 무항생제 유정란삼십구 특가묶음상품}
          pointer: /name

  # ========================================================= phone, gift certificates, points
  - id: phone-requires-buyer-name
    title: {en: "Phone payment needs `buyer_name`", ko: "휴대폰 소액결제 시 `buyer_name` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: buyer_name
    message:
      en: "`buyer_name` is required for a KCP phone payment (`pay_method: phone`)"
      ko: "휴대폰 소액결제 시 `buyer_name`은 필수입니다"
    rationale: >-
      The KCP page: "휴대폰 소액결제시 `buyer_name`과 `bypass.shop_user_id` 파라미터를 필수
      입력해야합니다". KCP answers a missing buyer name with result code 9011. PortOne's playground
      trial preset omits it, but that runs on the public test channel and does not override the
      page.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000258, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {shop_user_id: member-20391}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000259, amount: 9900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000260, amount: 9900, digital: true, bypass: {shop_user_id: member-20391}}
          pointer: /buyer_name
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000261, amount: 9900, buyer_name: '', digital: true, bypass: {shop_user_id: member-20391}}
          pointer: /buyer_name

  - id: phone-requires-shop-user-id
    title: {en: "Phone payment needs `bypass.shop_user_id`", ko: "휴대폰 소액결제 시 `bypass.shop_user_id` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: bypass.shop_user_id
    message:
      en: "`bypass.shop_user_id` (your member ID for the buyer) is required for a KCP phone payment"
      ko: "휴대폰 소액결제 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"
    rationale: >-
      The KCP page requires `bypass.shop_user_id` for phone payments (PortOne PR #880); KCP uses the
      member ID for risk management and answers a missing one with result code 9055.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000262, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000263, amount: 9900, buyer_name: 홍길동, digital: true}
          pointer: /bypass/shop_user_id
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000264, amount: 9900, buyer_name: 홍길동, digital: true, bypass: {skin_indx: '1'}}
          pointer: /bypass/shop_user_id

  - id: phone-requires-digital
    title: {en: "Phone payment without `digital`", ko: "휴대폰 소액결제 시 `digital` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: phone}
    assert:
      require: digital
    message:
      en: "`digital` is missing: the SDK reference requires it for phone payments (true for digital goods, false for physical goods; fees differ)"
      ko: "`digital`이 없습니다. 휴대폰 소액결제 시 필수 항목이며 실물이면 false, 디지털 상품이면 true로 입력해야 합니다 (수수료율이 다릅니다)"
    rationale: >-
      The SDK reference says `digital` is required for phone payments and that real and digital
      goods are charged different fees; PortOne's React Native and Flutter wrappers refuse `phone`
      without it.
      Severity info, not the reference's warning: the KCP page's own phone-payment example omits `digital`; the generic SDK reference requires it, so kcplint advises it without warning.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-PHONE-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000265, amount: 9900, buyer_name: 홍길동, digital: false, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000266, amount: 9900, buyer_name: 홍길동, bypass: {shop_user_id: member-20391}}
          pointer: /digital

  - id: phone-prefill-mobile-number
    title: {en: "`prefill.phoneNumber` is not a mobile number", ko: "`prefill.phoneNumber`가 휴대폰 번호가 아님"}
    severity: warning
    kinds: [sdk-payment]
    when: {path: prefill.phoneNumber, type: string}
    assert:
      path: prefill.phoneNumber
      pattern: '^01[016789][- ]?\d{3,4}[- ]?\d{4}$'
    message:
      en: "`prefill.phoneNumber` {value} is not a Korean mobile number such as 01012345678: the phone-payment window would be fixed to a number that cannot pay"
      ko: "`prefill.phoneNumber` 값 {value}은(는) 01012345678 같은 휴대폰 번호가 아닙니다. 휴대폰 소액결제 창에 결제할 수 없는 번호가 고정됩니다"
    rationale: >-
      The KCP page: `prefill.phoneNumber` fixes the number used by the phone (micropayment) window.
      Phone micropayments are billed to a Korean mobile line (010, 011, 016-019), so a landline, an
      international form or a truncated number cannot complete the payment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-PHONE-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000267, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: '01012345678'}, bypass: {shop_user_id: member-20391}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000268, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 010-1234-5678}, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000269, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 02-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000270, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: +82-10-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber

  - id: phone-prefill-digits-only
    title: {en: "`prefill.phoneNumber` with separators", ko: "`prefill.phoneNumber`에 구분 기호 포함"}
    severity: info
    kinds: [sdk-payment]
    when: {path: prefill.phoneNumber, matches: '^01[016789][- ]?\d{3,4}[- ]?\d{4}$'}
    assert:
      path: prefill.phoneNumber
      pattern: '^\d+$'
    message:
      en: "`prefill.phoneNumber` {value} contains hyphens or spaces: send digits only (01012345678), the form PortOne documents for this parameter"
      ko: "`prefill.phoneNumber` 값 {value}에 하이픈이나 공백이 있습니다. 포트원 문서의 형식대로 숫자만(01012345678) 입력하세요"
    rationale: >-
      The KCP page does not give a format for `prefill.phoneNumber`; PortOne's Danal page, the other
      v1 gateway with this parameter, asks for digits without hyphens. By analogy only, hence info.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/danal?v=v1
    ref: KCP-PHONE-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000271, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: '01012345678'}, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000272, amount: 9900, buyer_name: 홍길동, digital: true, prefill: {phoneNumber: 010-1234-5678}, bypass: {shop_user_id: member-20391}}
          pointer: /prefill/phoneNumber

  - id: gift-requires-shop-user-id
    title: {en: "Gift certificate needs `bypass.shop_user_id`", ko: "상품권 결제 시 `bypass.shop_user_id` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, in: [cultureland, smartculture, booknlife, happymoney]}
    assert:
      require: bypass.shop_user_id
    message:
      en: "`bypass.shop_user_id` (your member ID for the buyer) is required for a gift-certificate payment (`pay_method` {triggerValue})"
      ko: "상품권 결제(`pay_method` {triggerValue}) 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"
    rationale: >-
      The KCP page: "상품권 결제시 `bypass.shop_user_id`파라미터를 필수 입력해야합니다" — the issuers
      use the member ID for risk management (PortOne PR #931). It applies to every gift certificate
      method, including `happymoney` when it is used.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-GIFT-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: cultureland, merchant_uid: ORD-20300101-000273, amount: 10000, buyer_name: 홍길동, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: booknlife, merchant_uid: ORD-20300101-000274, amount: 10000, buyer_name: 홍길동}
          pointer: /bypass/shop_user_id
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: smartculture, merchant_uid: ORD-20300101-000275, amount: 10000, bypass: {shop_user_id: '   '}}
          pointer: /bypass/shop_user_id

  - id: point-requires-memcorp-code
    title: {en: "Benepia points need `bypass.pt_memcorp_cd`", ko: "베네피아 포인트 결제 시 `bypass.pt_memcorp_cd` 필수"}
    severity: error
    kinds: [sdk-payment]
    when: {path: pay_method, equals: point}
    assert:
      require: bypass.pt_memcorp_cd
    message:
      en: "`bypass.pt_memcorp_cd` (the Benepia member-company code) is required for `pay_method: point`"
      ko: "베네피아 포인트 결제(`pay_method: point`) 시 `bypass.pt_memcorp_cd`(베네피아 고객사 코드)는 필수입니다"
    rationale: >-
      The KCP page's `bypass` table marks `pt_memcorp_cd` as required for Benepia point payments.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-POINT-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000276, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000277, amount: 30000, bypass: {complex_pnt_yn: 'Y'}}
          pointer: /bypass/pt_memcorp_cd

  - id: boolean-fields-json-boolean
    title: {en: "Boolean parameter sent as another type", ko: "boolean 파라미터의 타입 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: escrow, type: boolean}
      - {path: appCard, type: boolean}
      - {path: digital, type: boolean}
      - {path: popup, type: boolean}
      - {path: useFreeInterestFromMall, type: boolean}
      - {path: 'card.detail[*].enabled', type: boolean}
    message:
      en: "`{field}` must be a JSON boolean (true or false), found {value}: a string such as \"false\" is not false, and any non-empty string counts as true in JavaScript"
      ko: "`{field}`은(는) JSON boolean(true 또는 false)이어야 하는데 {value}입니다. \"false\" 같은 문자열은 false가 아니며 JavaScript에서는 비어 있지 않은 문자열이 true로 취급됩니다"
    rationale: >-
      The KCP page and the SDK reference type `escrow`, `appCard`, `digital` and
      `card.detail[].enabled` (and the generic `popup`, `useFreeInterestFromMall`) as booleans.
      Values read from form fields or environment variables often arrive as "true"/"false" strings
      (a React Native issue shows `digital: 'false'`), which a truthiness check turns into true: an
      escrow or digital-goods payment the merchant did not ask for.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-TYPE-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000278, amount: 64900, escrow: false, appCard: true, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000279, amount: 64900, escrow: 'false', appCard: 1}
          pointers: [/escrow, /appCard]
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: phone, merchant_uid: ORD-20300101-000280, amount: 9900, buyer_name: 홍길동, digital: 'false', bypass: {shop_user_id: member-20391}}
          pointer: /digital
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000281, amount: 64900, card: {detail: [{card_code: '*', enabled: 'false'}, {card_code: '366', enabled: true}]}}
          pointer: /card/detail/0/enabled

  # ======================================================================== virtual account
  - id: vbank-due-format
    title: {en: "`vbank_due` not a valid date", ko: "`vbank_due` 형식 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: vbank_due
      format: vbank-due
    message:
      en: "`vbank_due` {value} is not a real date in a supported form: use YYYYMMDD or YYYYMMDDHHmmss (also accepted: YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss)"
      ko: "`vbank_due` 값 {value}은(는) 올바른 날짜 형식이 아닙니다. YYYYMMDD 또는 YYYYMMDDHHmmss 형식으로 입력하세요 (YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss도 허용됩니다)"
    rationale: >-
      The KCP page allows `YYYYMMDD` and `YYYYMMDDHHmmss` (a date alone means 23:59:59); the SDK
      reference adds `YYYY-MM-DD` and `YYYY-MM-DD HH:mm:ss`, and the legacy manual and PortOne's
      playground use `YYYYMMDDhhmm`. All of them parse unambiguously, so only a value in none of
      these forms, or an impossible date, is an error; the non-KCP forms get vbank-due-kcp-form.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000282, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000283, amount: 39000, buyer_name: 홍길동, vbank_due: '2030-12-31 18:00:00'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000284, amount: 39000, buyer_name: 홍길동, vbank_due: '2030/12/31'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000285, amount: 39000, buyer_name: 홍길동, vbank_due: '20300231'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000286, amount: 39000, buyer_name: 홍길동, vbank_due: 20301231}
          pointer: /vbank_due

  - id: vbank-due-kcp-form
    title: {en: "`vbank_due` in a form the KCP page does not list", ko: "KCP 문서에 없는 `vbank_due` 형식"}
    severity: info
    kinds: [sdk-payment]
    when: {path: vbank_due, format: vbank-due}
    assert:
      path: vbank_due
      pattern: '^(\d{8}|\d{14})$'
    message:
      en: "`vbank_due` {value} uses a form the KCP page does not list: KCP documents YYYYMMDD and YYYYMMDDHHmmss"
      ko: "`vbank_due` 값 {value}은(는) KCP 문서에 없는 형식입니다. KCP 문서의 형식은 YYYYMMDD와 YYYYMMDDHHmmss입니다"
    rationale: >-
      The SDK reference accepts the dashed forms and older PortOne material uses YYYYMMDDhhmm, so
      they are not errors; the KCP page itself lists only the two compact forms, so using exactly
      those is the safe choice.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000287, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231180000'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000288, amount: 39000, buyer_name: 홍길동, vbank_due: '2030-12-31'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000289, amount: 39000, buyer_name: 홍길동, vbank_due: '203012311800'}
          pointer: /vbank_due

  - id: vbank-due-past
    title: {en: "`vbank_due` already past", ko: "`vbank_due`가 이미 지난 시각"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: pay_method, equals: vbank}
        - {path: vbank_due, format: vbank-due}
    assert:
      path: vbank_due
      notPast: true
    message:
      en: "`vbank_due` {value} is already past: the virtual account would expire before the buyer can deposit"
      ko: "`vbank_due` 값 {value}은(는) 이미 지난 시각입니다. 구매자가 입금하기 전에 가상계좌 입금기한이 만료됩니다"
    rationale: >-
      `vbank_due` is the deposit deadline of the issued virtual account; a deadline before the
      request can never be met (typically a hard-coded date or a time-zone mistake). Checked in
      Korea Standard Time, only when `pay_method` is `vbank`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000290, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000291, amount: 39000, vbank_due: '20190101'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000292, amount: 39000, buyer_name: 홍길동, vbank_due: '20190101'}
          pointer: /vbank_due
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000293, amount: 39000, buyer_name: 홍길동, vbank_due: '2025-12-31 23:59:59'}
          pointer: /vbank_due

  - id: vbank-due-missing
    title: {en: "Virtual account without `vbank_due`", ko: "가상계좌 결제 시 `vbank_due` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: vbank}
    assert:
      require: vbank_due
    message:
      en: "`vbank_due` is not set: KCP's default deposit deadline is not documented; set it explicitly"
      ko: "`vbank_due`가 없습니다. KCP의 기본 입금기한은 문서화되어 있지 않으므로 입금기한을 직접 지정하세요"
    rationale: >-
      The KCP page documents `vbank_due` but not the deadline used without it; PortOne's Flutter
      wrapper refuses `vbank` without it. Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-VB-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000294, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000295, amount: 39000, buyer_name: 홍길동}
          pointer: /vbank_due

  - id: vbank-buyer-name
    title: {en: "Virtual account without `buyer_name`", ko: "가상계좌 결제 시 `buyer_name` 누락"}
    severity: info
    kinds: [sdk-payment]
    when: {path: pay_method, equals: vbank}
    assert:
      require: buyer_name
    message:
      en: "`buyer_name` is not set: the virtual account shows the buyer's name, and matching deposits is harder without it"
      ko: "`buyer_name`이 없습니다. 가상계좌에는 구매자 이름이 표시되므로 없으면 입금 확인이 어려워집니다"
    rationale: >-
      PortOne's KCP trial preset adds `buyer_name` for `vbank` only, and PortOne's KCP (V2) page
      says the issued account shows the customer's name. Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-VB-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000296, amount: 39000, buyer_name: 홍길동, vbank_due: '20301231'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000297, amount: 39000, vbank_due: '20301231'}
          pointer: /buyer_name

  # ======================================================================= installments
  - id: display-quota-integer-array
    title: {en: "`display.card_quota` not an array of integers", ko: "`display.card_quota`가 정수 배열이 아님"}
    severity: error
    kinds: [sdk-payment]
    assert:
      - path: display.card_quota
        type: array
        message:
          en: "`display.card_quota` must be an array of month numbers such as [2, 3, 4, 5, 6] ([] = lump sum only), found {value}"
          ko: "`display.card_quota`는 [2, 3, 4, 5, 6]처럼 할부 개월수의 배열이어야 하는데 {value}입니다 ([]는 일시불만 가능)"
      - path: 'display.card_quota[*]'
        type: integer
        message:
          en: "`{field}` must be an integer number of months, found {value}"
          ko: "`{field}`은(는) 정수 개월수여야 하는데 {value}입니다"
    message:
      en: "`display.card_quota` must be an array of integers"
      ko: "`display.card_quota`는 정수 배열이어야 합니다"
    rationale: >-
      The KCP page types `display.card_quota` as number[]: `[]` means lump sum only and the list
      holds installment months. The seed page printed the example as `2,3,4,5,6` without brackets
      (fixed in the current page); sent as a string or with string items, the setting is not
      applied as intended.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000298, amount: 64900, display: {card_quota: [2, 3, 4, 5, 6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000299, amount: 64900, display: {card_quota: []}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000300, amount: 64900, display: {card_quota: '2,3,4,5,6'}}
          pointer: /display/card_quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000301, amount: 64900, display: {card_quota: [2, '3', 6.5]}}
          pointers: [/display/card_quota/1, /display/card_quota/2]

  - id: display-quota-max-only
    title: {en: "KCP uses only the largest `display.card_quota` value", ko: "KCP는 `display.card_quota`의 최댓값만 사용"}
    severity: info
    kinds: [sdk-payment]
    when:
      any:
        - {path: display.card_quota, some: {path: ., lte: 1}}
        - {path: display.card_quota, length: {min: 2}, none: {path: ., equals: 2}}
    assert:
      forbid: display.card_quota
    message:
      en: "`display.card_quota` {value} will not limit the choice to the listed months: KCP enables every installment month from 2 up to the largest value, and 0 or 1 is not an installment"
      ko: "`display.card_quota` 값 {value}(으)로는 나열한 개월만 선택하게 할 수 없습니다. KCP는 가장 큰 값까지 2개월부터 모든 할부개월을 활성화하며 0이나 1은 할부개월이 아닙니다"
    rationale: >-
      The current KCP page says the largest value sets the ceiling (`[3]` = lump sum, 2 and 3
      months); the generic SDK reference describes `[6]` as "lump sum and 6 only", which is not how
      KCP behaves. A list of several months without 2 (e.g. [3, 6, 12]), or a value of 1 or less,
      shows the generic reading. Lists with a gap that start at 2 ([2, 6]) cannot be told apart with
      the catalogue's conditions and are not flagged.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000302, amount: 64900, display: {card_quota: [2, 3, 4, 5, 6]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000303, amount: 64900, display: {card_quota: [6]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000304, amount: 640000, display: {card_quota: [3, 6, 12]}}
          pointer: /display/card_quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000305, amount: 64900, display: {card_quota: [1, 2, 3]}}
          pointer: /display/card_quota

  - id: display-quota-installment-minimum
    title: {en: "Installments offered below 50,000 KRW", ko: "5만원 미만 결제에 할부 설정"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: amount, lt: 50000}
        - {path: display.card_quota, some: {path: ., gte: 2}}
    assert:
      forbid: display.card_quota
    message:
      en: "`display.card_quota` offers installments but `amount` is below 50,000 KRW: KCP allows installments from 50,000 KRW (some issuers from 10,000 KRW), so only lump sum will work"
      ko: "`amount`가 5만원 미만인데 `display.card_quota`에 할부개월을 설정했습니다. 할부 결제는 5만원 이상부터 가능하므로(일부 카드사는 1만원 이상) 일시불만 결제됩니다"
    rationale: >-
      The KCP page: "할부 결제는 5만원 이상 결제 요청시 이용 가능합니다" (some issuers from 10,000 KRW).
      Offering installment months on a smaller amount shows a choice that cannot be honoured, so it
      is very likely a configuration mistake; a warning rather than an error because of the issuer
      exceptions.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000306, amount: 50000, display: {card_quota: [2, 3]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000307, amount: 9900, display: {card_quota: []}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000308, amount: 49900, display: {card_quota: [2, 3, 4, 5, 6]}}
          pointer: /display/card_quota

  # ============================================================================== card
  - id: card-direct-code
    title: {en: "`card.direct.code` missing or not a card company code", ko: "`card.direct.code` 누락 또는 카드사 코드 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    when: {present: card.direct}
    assert:
      - require: card.direct.code
        message:
          en: "`card.direct.code` is required with `card.direct`: give the card company code, e.g. \"367\" for Hyundai"
          ko: "`card.direct`를 사용할 때 `card.direct.code`는 필수입니다. 현대카드는 \"367\"처럼 카드사 코드를 입력하세요"
      - path: card.direct.code
        enum: ['361', '381', '367', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090']
    message:
      en: "`card.direct.code` {value} is not a card company code: use a code string from PortOne's card code table, with its leading zeros ({expected})"
      ko: "`card.direct.code` 값 {value}은(는) 카드사 코드가 아닙니다. 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요 ({expected})"
    rationale: >-
      The KCP page points `card.direct.code` to PortOne's card code table (KFTC codes such as
      `367` Hyundai, `041` Woori). The value is a string: a number loses the leading zero of `041`,
      `045`, `048`, `071`, `089`, `090`, `002`. KCP rejects an unknown card code (result 8112).
      Savings-bank cards (`050` in third-party typings) are not in PortOne's table and are not
      accepted; foreign-issuer codes (10001-10006) are not documented as inputs.
    source: https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1
    ref: KCP-CARD-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000309, amount: 64900, company: 당근마켓, card: {direct: {code: '041', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000310, amount: 64900, company: 당근마켓, card: {direct: {code: 367, quota: 0}}}
          pointer: /card/direct/code
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000311, amount: 64900, company: 당근마켓, card: {direct: {code: '41', quota: 0}}}
          pointer: /card/direct/code
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000312, amount: 64900, company: 당근마켓, card: {direct: {quota: 3}}}
          pointer: /card/direct/code

  - id: card-direct-quota-type
    title: {en: "`card.direct.quota` missing or not an integer", ko: "`card.direct.quota` 누락 또는 정수가 아님"}
    severity: warning
    kinds: [sdk-payment]
    when: {present: card.direct}
    assert:
      - require: card.direct.quota
        message:
          en: "`card.direct.quota` is missing: give the fixed installment months (0 = lump sum)"
          ko: "`card.direct.quota`가 없습니다. 고정 할부 개월수를 입력하세요 (일시불은 0)"
      - path: card.direct.quota
        type: integer
    message:
      en: "`card.direct.quota` must be an integer number of months (0 = lump sum), found {value}"
      ko: "`card.direct.quota`는 정수 개월수여야 하는데 {value}입니다 (일시불은 0)"
    rationale: >-
      The KCP page says lump sum "must be entered as 0" and types `quota` as a number of months
      (plus a card-point offset). Without it, or with "3" as a string, the direct call's installment
      is undocumented. A warning, as in the reference, because PortOne may default a missing quota to
      lump sum.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000313, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000314, amount: 64900, company: 당근마켓, card: {direct: {code: '367'}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000315, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: '3'}}}
          pointer: /card/direct/quota

  - id: card-direct-hyundai-point-offset
    title: {en: "Hyundai Card points use +80, not +60", ko: "현대카드 포인트는 +80 개월로 요청"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, equals: '367'}
        - {path: card.direct.quota, gte: 60, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} adds the +60 card-point offset, but Hyundai Card (367) uses +80: send 80 for points with lump sum, 80 + N for points with N months"
      ko: "`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산값을 사용했지만 현대카드(367)는 80개월을 더해야 합니다. 포인트 일시불은 80, 포인트 N개월 할부는 80 + N으로 입력하세요"
    rationale: >-
      The KCP page: to use card points, add 80 months for Hyundai Card and 60 for KB, BC, Samsung,
      Hana, Lotte, Shinhan, NH, Woori and Citi (80 = Hyundai points + lump sum, 93 = + 13 months,
      63 = other cards' points + 3 months). 60-79 on Hyundai is therefore neither a valid point
      request nor a valid installment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000316, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 93}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000317, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 63}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000318, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 63}}}
          pointer: /card/direct/quota

  - id: card-direct-point-offset-80
    title: {en: "+80 point offset on a card other than Hyundai", ko: "현대카드가 아닌 카드에 +80 포인트 가산"}
    severity: error
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090']}
        - {path: card.direct.quota, gte: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} is 80 or more, but only Hyundai Card (367) uses the +80 card-point offset: for the other listed cards the documented offset is +60 (60 = points with lump sum, 63 = points with 3 months)"
      ko: "`card.direct.quota` 값 {value}은(는) 80 이상이지만 80개월 포인트 가산은 현대카드(367)에만 해당합니다. 그 외 카드사의 포인트 가산값은 60개월입니다 (포인트 일시불 60, 포인트 3개월 할부 63)"
    rationale: >-
      The KCP page documents +80 for Hyundai Card only and +60 for KB, BC, Samsung, Hana, Lotte,
      Shinhan, NH, Woori and Citi. A quota of 80 or more on any other card is not a documented
      request (83 on Shinhan would be read neither as points + 3 nor as 83 months).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000319, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 63}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000320, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 83}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000321, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 83}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000322, amount: 640000, company: 당근마켓, card: {direct: {code: '381', quota: 80}}}
          pointer: /card/direct/quota

  - id: card-direct-point-offset-undocumented
    title: {en: "Point offset on a card without a documented offset", ko: "포인트 가산값이 문서화되지 않은 카드사"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: card.direct.code, in: ['045', '373', '364', '002', '369', '048', '071', '089', '372', '090']}
        - {path: card.direct.quota, gte: 60, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} looks like a +60 card-point request, but the KCP page documents a point offset only for Hyundai (+80) and KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori, Citi (+60), not for this card company"
      ko: "`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산으로 보이지만 KCP 문서에는 현대카드(+80)와 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드(+60)의 포인트 가산값만 있고 이 카드사는 없습니다"
    rationale: >-
      The KCP page lists the card-point offset for ten card companies only. For MG Saemaul, Jeju,
      Gwangju, KDB, Suhyup, Shinhyup, Post Office, K Bank, Jeonbuk and Kakao Bank a quota of 60-79
      is undocumented: either points are not available through KCP for that card or the month count
      is wrong.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000323, amount: 640000, company: 당근마켓, card: {direct: {code: '071', quota: 6}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000324, amount: 640000, company: 당근마켓, card: {direct: {code: '371', quota: 60}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000325, amount: 640000, company: 당근마켓, card: {direct: {code: '071', quota: 62}}}
          pointer: /card/direct/quota

  - id: card-direct-base-months-one
    title: {en: "`card.direct.quota` asks for 1 month or fewer", ko: "`card.direct.quota`가 1개월 또는 음수 할부"}
    severity: error
    kinds: [sdk-payment]
    when:
      any:
        - {path: card.direct.quota, equals: 1}
        - {path: card.direct.quota, lt: 0}
        - all:
            - {path: card.direct.code, equals: '367'}
            - {path: card.direct.quota, equals: 81}
        - all:
            - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '366', '370']}
            - {path: card.direct.quota, equals: 61}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} means 1 installment month (or a negative one), which does not exist: use 0 for lump sum or 2 months or more, plus the card-point offset if you use points"
      ko: "`card.direct.quota` 값 {value}은(는) 1개월(또는 음수) 할부를 뜻하며 이런 할부는 없습니다. 일시불은 0, 할부는 2개월 이상으로 입력하고 포인트 사용 시 포인트 가산값을 더하세요"
    rationale: >-
      The KCP page: lump sum is 0, and the point offset (+80 Hyundai, +60 the other nine listed
      cards) is added to the month count. Installments start at 2 months (the v1 API documents
      `card_quota` as 0 or 2 and more), so quota 1, Hyundai 81, or 61 on a +60 card asks for a
      1-month installment, and a negative quota is meaningless; KCP answers with an installment
      error (CC16).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000326, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 80}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000327, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 62}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000328, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 1}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000329, amount: 640000, company: 당근마켓, card: {direct: {code: '367', quota: 81}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000330, amount: 640000, company: 당근마켓, card: {direct: {code: '366', quota: 61}}}
          pointer: /card/direct/quota

  - id: card-direct-installment-minimum
    title: {en: "Direct-call installment below 50,000 KRW", ko: "5만원 미만 결제에 카드사 다이렉트 할부"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: amount, lt: 50000}
        - any:
            - {path: card.direct.quota, gte: 2, lt: 60}
            - all:
                - {path: card.direct.code, equals: '367'}
                - {path: card.direct.quota, gte: 82}
            - all:
                - {path: card.direct.code, in: ['361', '381', '365', '368', '371', '041', '374', '366', '370']}
                - {path: card.direct.quota, gte: 62, lt: 80}
    assert:
      forbid: card.direct.quota
    message:
      en: "`card.direct.quota` {value} asks for an installment but `amount` is below 50,000 KRW: KCP allows installments from 50,000 KRW (some issuers from 10,000 KRW)"
      ko: "`amount`가 5만원 미만인데 `card.direct.quota` 값 {value}(으)로 할부를 요청했습니다. 할부 결제는 5만원 이상부터 가능합니다 (일부 카드사는 1만원 이상)"
    rationale: >-
      The KCP page: installments need 50,000 KRW or more (some issuers 10,000 KRW). A direct call
      fixes the month count, so unlike the window list the buyer cannot fall back to lump sum: the
      payment is likely to fail (KCP CC34/CC47). The base months are the quota minus the card-point
      offset (80 for Hyundai 367, 60 for the nine +60 cards); base 0 is lump sum and is not flagged.
      A warning because some issuers allow installments from 10,000 KRW.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000331, amount: 30000, company: 당근마켓, card: {direct: {code: '367', quota: 80}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000332, amount: 30000, company: 당근마켓, card: {direct: {code: '366', quota: 0}}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000333, amount: 90000, company: 당근마켓, card: {direct: {code: '366', quota: 3}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000334, amount: 30000, company: 당근마켓, card: {direct: {code: '366', quota: 3}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000335, amount: 30000, company: 당근마켓, card: {direct: {code: '367', quota: 83}}}
          pointer: /card/direct/quota
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000336, amount: 30000, company: 당근마켓, card: {direct: {code: '381', quota: 66}}}
          pointer: /card/direct/quota

  - id: company-with-card-direct
    title: {en: "`card.direct` without `company`", ko: "`card.direct` 사용 시 `company` 누락"}
    severity: warning
    kinds: [sdk-payment]
    when: {present: card.direct}
    assert:
      require: company
    message:
      en: "`company` is missing: with `card.direct` the card company's module shows \"iamport\" instead of your shop name, and several issuers require a merchant name"
      ko: "`company`가 없습니다. `card.direct` 사용 시 이 값을 설정하지 않으면 카드사 모듈 창에 상호명 대신 iamport로 표기되며 일부 카드사는 상호명이 필수입니다"
    rationale: >-
      The KCP page's direct-call example: "해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로
      표기". PortOne's KCP (V2) page adds that KCP requires the merchant name for direct calls to
      Shinhan, Woori, Hyundai, Samsung, NH, Hana, Lotte and Citi on PC, and always on mobile.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000337, amount: 64900, company: 당근마켓, card: {direct: {code: '367', quota: 3}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000338, amount: 64900, card: {direct: {code: '367', quota: 3}}}
          pointer: /company

  - id: card-direct-and-detail
    title: {en: "`card.direct` and `card.detail` together", ko: "`card.direct`와 `card.detail` 동시 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      exclusive: [card.direct, card.detail]
    message:
      en: "`card.detail` is sent together with `card.direct`: the KCP page defines `card` as one of the two; keep only the one you need"
      ko: "`card.direct`와 `card.detail`을 함께 입력했습니다. KCP 문서에서 `card`는 둘 중 하나만 사용하는(oneof) 객체이므로 필요한 하나만 남기세요"
    rationale: >-
      The KCP page types `card` as "oneof object": `direct` opens one issuer's module, `detail`
      filters the list of the integrated window. With both, which one wins is undocumented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000339, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000340, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}, detail: [{card_code: '366', enabled: true}]}}
          pointer: /card/detail

  - id: card-direct-not-kcp-listed
    title: {en: "Card company not listed for KCP direct calls", ko: "KCP 다이렉트 호출 목록에 없는 카드사"}
    severity: info
    kinds: [sdk-payment]
    assert:
      path: card.direct.code
      notIn: ['372', '089', '090']
    message:
      en: "card company {value} (Jeonbuk, K Bank or Kakao Bank) is not in KCP's list of direct-callable issuers: test the direct call, or use `card.detail` instead"
      ko: "카드사 {value}(전북, 케이뱅크, 카카오뱅크)는 KCP 다이렉트 호출 가능 카드사 목록에 없습니다. 다이렉트 호출을 테스트해 보거나 `card.detail`을 사용하세요"
    rationale: >-
      PortOne's KCP (V2) page lists the issuers KCP can open directly (Shinhan, Hyundai, Samsung, NH,
      Hana, Lotte, Citi, Woori, BC, KB, Post Office, Gwangju, MG Saemaul, Suhyup, Jeju, Shinhyup,
      savings banks, KDB); Jeonbuk (372), K Bank (089) and Kakao Bank (090) are in PortOne's code
      table but not in that list. The SDK reference also says direct-call support differs per PG.
      A PG fact from the V2 page, so info.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-CARD-006
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000341, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000342, amount: 64900, company: 당근마켓, card: {direct: {code: '090', quota: 0}}}
          pointer: /card/direct/code

  - id: card-detail-code
    title: {en: "`card.detail[].card_code` not a card company code", ko: "`card.detail[].card_code` 카드사 코드 오류"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: 'card.detail[*].card_code'
      enum: ['*', '361', '381', '367', '365', '368', '371', '041', '374', '045', '373', '364', '366', '002', '369', '048', '370', '071', '089', '372', '090']
    message:
      en: "`{field}` {value} is not a card company code: use \"*\" (all cards) or a code string from PortOne's card code table, with its leading zeros"
      ko: "`{field}` 값 {value}은(는) 카드사 코드가 아닙니다. \"*\"(전체 카드사) 또는 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요"
    rationale: >-
      The KCP page points `card.detail[].card_code` to PortOne's card code table, and its example
      uses `*` for every card company. Any other value (a card name, a number that lost its leading
      zero) matches no issuer, so the intended card is not enabled or disabled.
    source: https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1
    ref: KCP-CARD-007
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000343, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}, {card_code: '041', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000344, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: SHINHAN, enabled: true}, {card_code: 41, enabled: true}]}}
          pointers: [/card/detail/1/card_code, /card/detail/2/card_code]

  - id: card-detail-nothing-enabled
    title: {en: "`card.detail` leaves no card enabled", ko: "`card.detail`로 모든 카드사가 비활성화됨"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when:
      all:
        - {path: card.detail, some: {all: [{path: card_code, equals: '*'}, {path: enabled, equals: false}]}}
        - path: card.detail
          none:
            all:
              - not: {path: card_code, equals: '*'}
              - not: {path: enabled, equals: false}
    assert:
      forbid: card.detail
    message:
      en: "`card.detail` disables every card (\"*\" with enabled: false) and enables none: the buyer cannot choose any card"
      ko: "`card.detail`에서 모든 카드사를 비활성화(\"*\", enabled: false)하고 활성화한 카드사가 없습니다. 구매자가 선택할 수 있는 카드가 없습니다"
    rationale: >-
      The KCP page's example disables `*` and then enables the wanted card (`366`). Disabling `*`
      without enabling any code leaves an empty card list in the window.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-008
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000345, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: true}]}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000346, amount: 64900, card: {detail: [{card_code: '361', enabled: false}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000347, amount: 64900, card: {detail: [{card_code: '*', enabled: false}]}}
          pointer: /card/detail
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000348, amount: 64900, card: {detail: [{card_code: '*', enabled: false}, {card_code: '366', enabled: false}]}}
          pointer: /card/detail

  - id: card-merchant-interest-free-unsupported
    title: {en: "Merchant-paid interest-free installments are not supported by KCP", ko: "상점 부담 무이자 할부는 KCP 미지원"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      forbid: ['card.detail[*].max_month', useFreeInterestFromMall]
    message:
      en: "`{field}` sets merchant-paid interest-free installments, which PortOne does not support on KCP: it is ignored"
      ko: "`{field}`은(는) 상점 부담 무이자 할부 설정이며 KCP에서는 지원되지 않으므로 무시됩니다"
    rationale: >-
      The SDK reference lists the PGs that support `useFreeInterestFromMall` with
      `card.detail[].max_month`: Toss Payments (new), KSNET, NICE (new), Welcome, KSNET direct and
      KG Inicis; KCP is not among them.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CARD-009
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000349, amount: 64900, card: {detail: [{card_code: '366', enabled: true}]}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000350, amount: 640000, card: {detail: [{card_code: '366', max_month: 5}, {card_code: '381', max_month: 3}]}, useFreeInterestFromMall: true}
          pointers: [/card/detail/0/max_month, /card/detail/1/max_month, /useFreeInterestFromMall]

  - id: card-direct-billing-key
    title: {en: "`card.direct` on a billing-key window", ko: "빌링키 발급 시 `card.direct` 사용"}
    severity: info
    kinds: [sdk-billing-key]
    assert:
      forbid: card.direct
    message:
      en: "`card.direct` is not supported by KCP when issuing a billing key: the window will not open the card company's module directly"
      ko: "KCP는 빌링키 발급 시 카드사 다이렉트 호출을 지원하지 않으므로 `card.direct`는 적용되지 않습니다"
    rationale: >-
      PortOne's KCP (V2) page states that direct card-company calls are not available for billing
      key issuance. A PG fact from the V2 page (parameter names differ in v1), so info.
    source: https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2
    ref: KCP-CARD-011
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0220, amount: 0, customer_uid: cust_8f14e45f_card01}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0221, amount: 0, customer_uid: cust_8f14e45f_card01, card: {direct: {code: '366', quota: 0}}}
          pointer: /card/direct

  - id: app-card-with-non-card-method
    title: {en: "`appCard` with a non-card payment method", ko: "카드 외 결제수단에 `appCard` 사용"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: appCard, equals: true}
        - {path: pay_method, type: string}
        - not: {path: pay_method, equals: card}
    assert:
      forbid: appCard
    message:
      en: "`appCard: true` only affects card payments, but `pay_method` is not `card`"
      ko: "`appCard: true`는 카드 결제에만 적용되는데 `pay_method`가 `card`가 아닙니다"
    rationale: >-
      The KCP page: `appCard: true` enables only the card issuers' app-card payment, i.e. it shapes
      the card window. With another method it has no documented effect; usually a leftover from a
      shared parameter object.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000351, amount: 64900, appCard: true}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: trans, merchant_uid: ORD-20300101-000352, amount: 64900, appCard: true}
          pointer: /appCard

  # ============================================================================== escrow
  - id: escrow-products-without-escrow
    title: {en: "`kcpProducts` without `escrow: true`", ko: "`escrow: true` 없이 `kcpProducts` 사용"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - present: kcpProducts
        - not: {path: escrow, equals: true}
    assert:
      forbid: kcpProducts
    message:
      en: "`kcpProducts` is only used for escrow payments, but `escrow` is not true: set `escrow: true` or drop `kcpProducts`"
      ko: "`kcpProducts`는 에스크로 결제에만 사용되는데 `escrow`가 true가 아닙니다. `escrow: true`를 설정하거나 `kcpProducts`를 삭제하세요"
    rationale: >-
      The KCP page: for an escrow payment `escrow` must be true, and when an escrow order bundles
      cart items their details go in `kcpProducts`. Without escrow the cart details are not used;
      most often the `escrow` flag was forgotten (or sent as a string).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ESC-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000353, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000354, amount: 9000, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
          pointer: /kcpProducts
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000355, amount: 9000, escrow: false, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
          pointer: /kcpProducts

  - id: escrow-without-products
    title: {en: "Escrow payment without `kcpProducts`", ko: "에스크로 결제 시 `kcpProducts` 없음"}
    severity: info
    kinds: [sdk-payment]
    when: {path: escrow, equals: true}
    assert:
      require: kcpProducts
    message:
      en: "`kcpProducts` is not set: when an escrow order bundles several cart items, KCP needs each item (orderNumber, name, quantity, amount)"
      ko: "`kcpProducts`가 없습니다. 장바구니 상품을 묶어서 에스크로 결제하는 경우 각 상품 정보(orderNumber, name, quantity, amount)를 전달해야 합니다"
    rationale: >-
      The KCP page requires `kcpProducts` only when an escrow payment bundles cart items, which the
      payload cannot tell; PortOne's KCP (V2) page says KCP escrow needs at least one product. Advice
      only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ESC-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000356, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000357, amount: 9000, escrow: false}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000358, amount: 9000, buyer_name: 홍길동, vbank_due: '20301231', escrow: true}
          pointer: /kcpProducts

  - id: escrow-products-wrong-name
    title: {en: "Escrow items under a non-KCP name", ko: "KCP가 아닌 에스크로 상품 파라미터 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      forbid: [products, escrowProducts]
    message:
      en: "`{field}` is not read by KCP (`products` is for Toss Payments escrow): send the items as `kcpProducts` with orderNumber, name, quantity and amount"
      ko: "`{field}`은(는) KCP에서 사용되지 않습니다 (`products`는 토스페이먼츠 에스크로 전용). 상품 정보는 orderNumber, name, quantity, amount를 가진 `kcpProducts`로 전달하세요"
    rationale: >-
      The SDK reference says `products` is only valid for Toss Payments (new module) escrow;
      third-party typings call it `escrowProducts`. For KCP the page documents `kcpProducts`, so
      items sent under the other names never reach KCP.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-ESC-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000359, amount: 9000, escrow: true, kcpProducts: [{orderNumber: ITEM-1, name: 상품A, quantity: 3, amount: 1000}]}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000360, amount: 9000, escrow: true, products: [{id: ITEM-1, name: 상품A, code: A-1, unitPrice: 1000, quantity: 3}]}
          pointer: /products
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000361, amount: 9000, escrow: true, escrowProducts: [{id: ITEM-1, name: 상품A, quantity: 3}]}
          pointer: /escrowProducts

  # ============================================================================== bypass
  - id: bypass-coupon-apply-yn-value
    title: {en: "`bypass.coupon_apply_yn` not Y or N", ko: "`bypass.coupon_apply_yn` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.coupon_apply_yn
      enum: ['Y', 'N']
    message:
      en: "`bypass.coupon_apply_yn` must be \"Y\" (show the discount-coupon area) or \"N\" (hide it), found {value}"
      ko: "`bypass.coupon_apply_yn`은 \"Y\"(할인쿠폰 영역 활성) 또는 \"N\"(비활성)이어야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents exactly two values, `Y` (활성) and `N` (비활성), as strings; booleans
      or lower case are not documented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000362, amount: 64900, bypass: {coupon_apply_yn: 'N'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000363, amount: 64900, bypass: {coupon_apply_yn: true}}
          pointer: /bypass/coupon_apply_yn
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000364, amount: 64900, bypass: {coupon_apply_yn: 'y'}}
          pointer: /bypass/coupon_apply_yn

  - id: bypass-coupon-needs-agreement
    title: {en: "Discount-coupon area needs a KCP agreement", ko: "할인쿠폰 영역은 KCP 협의 필요"}
    severity: info
    kinds: [sdk-payment]
    when: {path: bypass.coupon_apply_yn, in: ['Y', 'N']}
    assert:
      forbid: bypass.coupon_apply_yn
    message:
      en: "`bypass.coupon_apply_yn` only works after an agreement with KCP: check that it is enabled for your site code"
      ko: "`bypass.coupon_apply_yn`은 KCP와 협의 후 사용 가능한 기능입니다. 사이트코드에 적용되어 있는지 확인하세요"
    rationale: >-
      The KCP page: "해당 기능은 KCP와 협의 후 사용 가능합니다". Without the agreement the parameter has
      no effect.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000365, amount: 64900, bypass: {site_logo: 'https://shop.example.com/logo.gif'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000366, amount: 64900, bypass: {coupon_apply_yn: 'Y'}}
          pointer: /bypass/coupon_apply_yn

  - id: bypass-skin-indx-numeric
    title: {en: "`bypass.skin_indx` not a number", ko: "`bypass.skin_indx`가 숫자가 아님"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.skin_indx
      that:
        any:
          - {path: ., type: integer}
          - {path: ., matches: '^\d+$'}
    message:
      en: "`bypass.skin_indx` must be a skin number from \"1\" to \"11\", found {value}"
      ko: "`bypass.skin_indx`는 \"1\"부터 \"11\"까지의 스킨 번호여야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents `skin_indx` as a skin number 1-11 (PortOne's KCP V2 page: an integer
      1-12); anything that is not a number selects no skin.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000367, amount: 64900, bypass: {skin_indx: '6'}}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000368, amount: 64900, bypass: {skin_indx: 6}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000369, amount: 64900, bypass: {skin_indx: blue}}
          pointer: /bypass/skin_indx

  - id: bypass-skin-indx-range
    title: {en: "`bypass.skin_indx` outside 1-11", ko: "`bypass.skin_indx`가 1~11 범위 밖"}
    severity: warning
    kinds: [sdk-payment]
    when:
      any:
        - {path: bypass.skin_indx, type: integer}
        - {path: bypass.skin_indx, matches: '^\d+$'}
    assert:
      path: bypass.skin_indx
      that:
        any:
          - {path: ., matches: '^0*([1-9]|1[01])$'}
          - {path: ., type: integer, gte: 1, lte: 11}
    message:
      en: "`bypass.skin_indx` {value} is outside the skins 1-11 documented for the KCP v1 window"
      ko: "`bypass.skin_indx` 값 {value}은(는) KCP 문서의 스킨 번호 1~11 범위를 벗어납니다"
    rationale: >-
      The v1 KCP page allows skins 1-11; PortOne's KCP V2 page says 1-12. The sources disagree on
      12, so values outside 1-11 are a warning, not an error.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000370, amount: 64900, bypass: {skin_indx: '11'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000371, amount: 64900, bypass: {skin_indx: '12'}}
          pointer: /bypass/skin_indx
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000372, amount: 64900, bypass: {skin_indx: 0}}
          pointer: /bypass/skin_indx

  - id: bypass-site-logo-url
    title: {en: "`bypass.site_logo` not an absolute URL", ko: "`bypass.site_logo`가 절대 URL이 아님"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    when: {path: bypass.site_logo, type: string}
    assert:
      path: bypass.site_logo
      format: url
    message:
      en: "`bypass.site_logo` {value} must be an absolute http(s) URL of the logo image: KCP's window loads it from its own domain"
      ko: "`bypass.site_logo` 값 {value}은(는) 로고 이미지의 절대 URL(http/https)이어야 합니다. KCP 결제창은 KCP 도메인에서 이미지를 불러옵니다"
    rationale: >-
      The KCP page documents `site_logo` as the logo shown at the top left of the PC window; the
      window is served by KCP, so a relative path or a bare file name cannot be resolved. The legacy
      manual adds: GIF/JPG under 150x50.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000373, amount: 64900, bypass: {site_logo: 'https://cdn.example.com/img/logo_150x50.gif'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000374, amount: 64900, bypass: {site_logo: /img/logo.gif}}
          pointer: /bypass/site_logo
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0222, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {site_logo: logo.gif}}
          pointer: /bypass/site_logo

  - id: bypass-complex-pnt-yn-value
    title: {en: "`bypass.complex_pnt_yn` not Y or N", ko: "`bypass.complex_pnt_yn` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.complex_pnt_yn
      enum: ['Y', 'N']
    message:
      en: "`bypass.complex_pnt_yn` must be \"Y\" (points with a card) or \"N\" (points only), found {value}"
      ko: "`bypass.complex_pnt_yn`은 \"Y\"(포인트와 카드 복합결제) 또는 \"N\"(포인트 단독결제)이어야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents two values for the Benepia point mode, `Y` and `N`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000375, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: 'N'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: point, merchant_uid: ORD-20300101-000376, amount: 30000, bypass: {pt_memcorp_cd: BNP0012, complex_pnt_yn: false}}
          pointer: /bypass/complex_pnt_yn

  - id: bypass-batch-birth-day-value
    title: {en: "`bypass.batch_birth_day_yn` other than Y", ko: "`bypass.batch_birth_day_yn` 값이 Y가 아님"}
    severity: warning
    kinds: [sdk-billing-key]
    assert:
      path: bypass.batch_birth_day_yn
      equals: 'Y'
    message:
      en: "`bypass.batch_birth_day_yn` has one documented value, \"Y\" (always show the birth-date box), found {value}: to keep the default, leave it out"
      ko: "`bypass.batch_birth_day_yn`의 값은 \"Y\"(생년월일 입력박스 항상 표시)만 문서화되어 있는데 {value}입니다. 기본 동작을 원하면 파라미터를 생략하세요"
    rationale: >-
      The KCP page's billing section documents only `Y` ("생년월일 입력박스 항상 표시"); the default
      behaviour is obtained by omitting the parameter. Other values are undocumented.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-005
    examples:
      valid:
        - {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0223, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0224, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: true}}
          pointer: /bypass/batch_birth_day_yn
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0225, amount: 0, customer_uid: cust_8f14e45f_card01, bypass: {batch_birth_day_yn: 'N'}}
          pointer: /bypass/batch_birth_day_yn

  - id: bypass-batch-birth-day-outside-billing
    title: {en: "`bypass.batch_birth_day_yn` on a payment", ko: "일반결제에 `bypass.batch_birth_day_yn` 사용"}
    severity: warning
    kinds: [sdk-payment]
    assert:
      forbid: bypass.batch_birth_day_yn
    message:
      en: "`bypass.batch_birth_day_yn` only applies to the billing-key window (with `customer_uid`); this request is a payment"
      ko: "`bypass.batch_birth_day_yn`은 빌링키 발급(`customer_uid` 입력) 시에만 적용되는데 이 요청은 일반결제입니다"
    rationale: >-
      The KCP page documents `batch_birth_day_yn` in the billing-key section only. On a payment it
      is ignored; often `customer_uid` was forgotten, turning an intended billing-key request into a
      payment.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-BP-005
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000377, amount: 64900, bypass: {shop_user_id: member-20391}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000378, amount: 64900, bypass: {batch_birth_day_yn: 'Y'}}
          pointer: /bypass/batch_birth_day_yn

  - id: bypass-app-flag-value
    title: {en: "`bypass.app_flag` not Y, N or S", ko: "`bypass.app_flag` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: bypass.app_flag
      enum: ['Y', 'N', 'S']
    message:
      en: "`bypass.app_flag` must be \"Y\" (KB Pay app card), \"N\" (ISP) or \"S\" (offer both, mobile), found {value}"
      ko: "`bypass.app_flag`는 \"Y\"(KB Pay 앱카드), \"N\"(ISP), \"S\"(둘 다 노출, 모바일) 중 하나여야 하는데 {value}입니다"
    rationale: >-
      The KCP page documents three values for the KB Kookmin direct call: `Y`, `N` and `S`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-010
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000379, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'S'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000380, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'A'}}
          pointer: /bypass/app_flag

  - id: bypass-app-flag-without-kb-direct
    title: {en: "`bypass.app_flag` without a KB direct call", ko: "KB국민카드 다이렉트 호출 없이 `bypass.app_flag` 사용"}
    severity: warning
    kinds: [sdk-payment]
    when:
      not: {path: card.direct.code, equals: '381'}
    assert:
      forbid: bypass.app_flag
    message:
      en: "`bypass.app_flag` only applies to a direct call to KB Kookmin Card (`card.direct.code: \"381\"`), which this request does not make"
      ko: "`bypass.app_flag`는 KB국민카드 다이렉트 호출(`card.direct.code: \"381\"`) 시에만 적용되는데 이 요청에는 해당 호출이 없습니다"
    rationale: >-
      The KCP page documents `app_flag` for the KB Kookmin direct call only; with any other call it
      has no effect.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CARD-010
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000381, amount: 64900, company: 당근마켓, card: {direct: {code: '381', quota: 0}}, bypass: {app_flag: 'Y'}}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000382, amount: 64900, bypass: {app_flag: 'Y'}}
          pointer: /bypass/app_flag
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000383, amount: 64900, company: 당근마켓, card: {direct: {code: '366', quota: 0}}, bypass: {app_flag: 'Y'}}
          pointer: /bypass/app_flag

  # ============================================================================ URLs
  - id: redirect-url-missing
    title: {en: "`m_redirect_url` missing", ko: "`m_redirect_url` 누락"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      require: m_redirect_url
    message:
      en: "`m_redirect_url` is missing: on mobile the KCP window redirects instead of calling the callback, so the result is lost without it"
      ko: "`m_redirect_url`이 없습니다. 모바일에서는 결제 결과가 callback이 아닌 m_redirect_url로 리디렉션되므로 이 값이 없으면 결제 결과를 받을 수 없습니다"
    rationale: >-
      The KCP page: on PC the result goes to the callback, on mobile it is redirected to
      `m_redirect_url`; the SDK reference adds that in redirect environments the result is not
      received without it. A PC-only integration may omit it, hence a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-URL-001
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000384, amount: 64900, m_redirect_url: 'https://shop.example.com/payments/complete'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000385, amount: 64900}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0226, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: ''}
          pointer: /m_redirect_url

  - id: url-placeholder
    title: {en: "URL left as a doc placeholder", ko: "URL에 문서의 예시 표기가 남아 있음"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: m_redirect_url, notPattern: '[{}]'}
      - {path: notice_url, notPattern: '[{}]'}
      - {path: 'notice_url[*]', notPattern: '[{}]'}
      - {path: confirm_url, notPattern: '[{}]'}
    message:
      en: "`{field}` {value} is a placeholder copied from the docs, not a URL: put the absolute URL of your own page or endpoint"
      ko: "`{field}` 값 {value}은(는) 문서의 예시 표기이며 URL이 아닙니다. 고객사 페이지 또는 엔드포인트의 절대 URL을 입력하세요"
    rationale: >-
      Older PortOne samples write `m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'`, and merchant
      code copies it verbatim (seen in public repositories). It is not a URL, so the mobile result
      (or the webhook) goes nowhere. Braces never occur in a real URL unencoded. This replaces the
      generic URL-format error at the same member with a precise one.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000408, amount: 64900, m_redirect_url: 'https://shop.example.com/payments/complete?order=ORD-20300101-000408'}
      invalid:
        - payload: {pg: kcp_billing.AO09C, pay_method: card, merchant_uid: BILL-20300101-0229, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000409, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', '{웹훅 수신 URL}']}
          pointer: /notice_url/1

  - id: redirect-url-doc-placeholder
    title: {en: "`m_redirect_url` left as the doc example", ko: "`m_redirect_url` 예시 값을 그대로 사용"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      path: m_redirect_url
      notPattern: '(?i)^https?://testtest\.test(/.*)?$'
    message:
      en: "`m_redirect_url` {value} is the doc example: mobile buyers would be sent to a page that does not exist; use your own result page"
      ko: "`m_redirect_url` 값 {value}은(는) 문서의 예시 값입니다. 모바일 구매자가 존재하지 않는 페이지로 이동하므로 고객사의 결제 결과 페이지 URL을 입력하세요"
    rationale: >-
      Both SDK examples on the KCP page send `m_redirect_url: "https://testtest.test"`; `.test` is a
      reserved domain that never resolves, so the mobile result page is lost.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-MISC-006
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000386, amount: 64900, m_redirect_url: 'https://testtest.example.com/done'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000387, amount: 64900, m_redirect_url: 'https://testtest.test'}
          pointer: /m_redirect_url
        - payload: {channelKey: channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f, pay_method: card, merchant_uid: BILL-20300101-0227, amount: 0, customer_uid: cust_8f14e45f_card01, m_redirect_url: 'https://testtest.test/billing'}
          pointer: /m_redirect_url

  - id: notice-url-absolute
    title: {en: "`notice_url` not an absolute URL", ko: "`notice_url`이 절대 URL이 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - path: notice_url
        that:
          any:
            - {path: ., type: array}
            - {path: ., format: url}
            - {path: ., matches: '[{}]'}
      - path: 'notice_url[*]'
        that:
          any:
            - {path: ., format: url}
            - {path: ., matches: '[{}]'}
    message:
      en: "`{field}` {value} must be an absolute http(s) URL: PortOne's server posts the webhook to it"
      ko: "`{field}` 값 {value}은(는) 절대 URL(http/https)이어야 합니다. 포트원 서버가 이 주소로 웹훅을 보냅니다"
    rationale: >-
      `notice_url` (a string or, on the KCP page, an array of strings) replaces the console's webhook
      URL for this payment and the console URL is then not called; PortOne's server can only post to
      an absolute http(s) URL, so a relative path loses every webhook. Values with `{...}` doc
      placeholders are left to url-placeholder.
    source: https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1
    ref: KCP-URL-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000388, amount: 64900, notice_url: 'https://shop.example.com/webhooks/portone'}
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000389, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'https://erp.example.com/hooks/pay']}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000390, amount: 64900, notice_url: /webhooks/portone}
          pointer: /notice_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000391, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'erp.example.com/hooks/pay']}
          pointer: /notice_url/1

  - id: url-unreachable-by-portone
    title: {en: "Server-called URL on a local or placeholder host", ko: "포트원 서버가 호출할 수 없는 URL"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key]
    assert:
      - {path: notice_url, notFormat: local-url}
      - {path: 'notice_url[*]', notFormat: local-url}
      - {path: confirm_url, notFormat: local-url}
    message:
      en: "`{field}` {value} points to a local, private or placeholder host that PortOne's servers cannot reach: use a public URL (a tunnel in development)"
      ko: "`{field}` 값 {value}은(는) 포트원 서버가 접근할 수 없는 로컬·사설·예시 주소입니다. 외부에서 접근 가능한 URL을 입력하세요 (개발 중에는 터널링 주소)"
    rationale: >-
      `notice_url` (webhook) and `confirm_url` (confirm process) are called by PortOne's servers, not
      by the buyer's browser, so `localhost`, private addresses and reserved names such as the
      docs' `testtest.test` never receive them: webhooks are lost, and an unreachable confirm_url
      makes every payment fail. Warning, since a test setup may do this on purpose.
    source: https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1
    ref: KCP-URL-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000392, amount: 64900, notice_url: 'https://shop.example.com/webhooks/portone', confirm_url: 'https://shop.example.com/payments/confirm'}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000393, amount: 64900, notice_url: 'http://localhost:3000/webhooks/portone'}
          pointer: /notice_url
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000394, amount: 64900, notice_url: ['https://shop.example.com/webhooks/portone', 'https://testtest.test'], confirm_url: 'http://192.168.0.10/payments/confirm'}
          pointers: [/notice_url/1, /confirm_url]

  - id: confirm-url-needs-activation
    title: {en: "`confirm_url` needs activation by PortOne", ko: "`confirm_url`은 포트원 활성화 필요"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: confirm_url, format: url}
        - not: {path: confirm_url, format: local-url}
    assert:
      forbid: confirm_url
    message:
      en: "`confirm_url` only works after PortOne tech support enables the confirm process; the endpoint must answer 200 within 10 seconds or the payment is aborted"
      ko: "`confirm_url`은 포트원 기술지원팀에 요청해 confirm process를 활성화한 후 사용할 수 있습니다. 엔드포인트가 10초 안에 200으로 응답하지 않으면 결제가 중단됩니다"
    rationale: >-
      The SDK reference: using `confirm_url` needs a separate request to support@portone.io. The
      confirm-process page: PortOne posts imp_uid, merchant_uid and amount just before approval,
      waits 10 seconds, and any non-200 answer aborts the payment. Advice only.
    source: https://developers.portone.io/opi/ko/extra/confirm-process/readme-v1?v=v1
    ref: KCP-MISC-004
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000395, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000396, amount: 64900, confirm_url: 'https://shop.example.com/payments/confirm'}
          pointer: /confirm_url

  # ==================================================================== other SDK fields
  - id: auth-mode-key-in
    title: {en: "`auth_mode` other than key-in", ko: "`auth_mode` 값 오류"}
    severity: error
    kinds: [sdk-payment]
    assert:
      path: auth_mode
      enum: [key-in]
    message:
      en: "`auth_mode` {value} is not supported by KCP: the only value is \"key-in\" (key-in payment window); leave it out for the normal window"
      ko: "`auth_mode` 값 {value}은(는) KCP에서 지원하지 않습니다. 키인 결제창은 \"key-in\"으로만 호출하며 일반 결제창은 파라미터를 생략하세요"
    rationale: >-
      The KCP page documents `auth_mode: "key-in"` (키인결제 이용시 설정) as the only value.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-MISC-002
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000397, amount: 64900, auth_mode: key-in}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: card, merchant_uid: ORD-20300101-000398, amount: 64900, auth_mode: keyin}
          pointer: /auth_mode

  - id: sdk-params-ignored-by-kcp
    title: {en: "Parameter of another gateway", ko: "다른 PG사 전용 파라미터"}
    severity: info
    kinds: [sdk-payment]
    assert:
      forbid: [biz_num, period, niceMobileV2, naverUseCfm, naverPopupMode, naverProducts, naverCultureBenefit, naverProductCode, naverActionType, naverInterface]
    message:
      en: "`{field}` is a parameter of another gateway (Danal, NICE, Inicis or Naver Pay direct): KCP ignores it"
      ko: "`{field}`은(는) 다른 PG사(다날, 나이스페이, KG이니시스, 네이버페이 직연동) 전용 파라미터이므로 KCP에서는 무시됩니다"
    rationale: >-
      The SDK reference marks `biz_num` as Danal virtual accounts only; PortOne's NICE page
      documents `niceMobileV2`; `period` is for Inicis, Danal and NICE; the `naver*` parameters
      belong to a Naver Pay direct channel (KCP's `naverpay` method goes through KCP). Harmless,
      but a sign of a parameter object shared between gateways.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-MISC-003
    examples:
      valid:
        - {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay, merchant_uid: ORD-20300101-000399, amount: 64900}
      invalid:
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: naverpay, merchant_uid: ORD-20300101-000400, amount: 64900, naverPopupMode: true, niceMobileV2: true}
          pointers: [/niceMobileV2, /naverPopupMode]
        - payload: {channelKey: channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c, pay_method: vbank, merchant_uid: ORD-20300101-000401, amount: 64900, buyer_name: 홍길동, vbank_due: '20301231', biz_num: '1234567890'}
          pointer: /biz_num

  - id: test-site-amount-range
    title: {en: "Amount outside the KCP test site's range", ko: "KCP 테스트 사이트코드 금액 범위 밖"}
    severity: info
    kinds: [sdk-payment]
    when:
      all:
        - {path: pg, equals: kcp.T0000}
        - {path: amount, type: integer}
    assert:
      path: amount
      that:
        any:
          - {path: ., gte: 1000, lte: 5004}
          - {path: ., equals: 50004}
    message:
      en: "`amount` {value} on the public KCP test site (`kcp.T0000`) may be refused: KCP test transactions take 1,000-5,004 KRW lump sum or 50,004 KRW with installments"
      ko: "KCP 공용 테스트 사이트코드(`kcp.T0000`)에서 `amount` 값 {value}은(는) 거절될 수 있습니다. 테스트 거래는 일시불 1,000~5,004원 또는 할부 50,004원만 가능합니다"
    rationale: >-
      KCP's result code 8129 (PortOne's KCP code workbook) says test transactions must be 1,000 to
      5,004 KRW lump sum or 50,004 KRW with installments. Only the public test site code is
      recognisable in the payload, and PortOne's playground uses other amounts on its own test
      channel, so advice only.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-TEST-001
    examples:
      valid:
        - {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000402, amount: 1004}
        - {pg: kcp.AO09C, pay_method: card, merchant_uid: ORD-20300101-000403, amount: 64900}
      invalid:
        - payload: {pg: kcp.T0000, pay_method: card, merchant_uid: ORD-20300101-000404, amount: 64900}
          pointer: /amount
"""#####),
        ("30-rest-fields.yaml", #####"""
# Field dictionary of the four REST kinds used with NHN KCP:
#   rest-onetime      POST /subscribe/payments/onetime          (key-in payment, optionally saving a billing key)
#   rest-billing-key  POST /subscribe/customers/{customer_uid}  (billing key only)
#   rest-again        POST /subscribe/payments/again            (charge a stored billing key)
#   rest-schedule     POST /subscribe/payments/schedule         (schedule charges of a billing key)
# Sources: the PortOne v1 REST API (OpenAPI schema, operations onetime, customer_save, again,
# schedule and the definition ScheduleAnnotation), the current v1 NHN KCP page, and
# docs/kcp-reference.md section 3. Rules that need more than a type or a limit live in
# 40-rest-rules.yaml.
#
# Encoded here instead of as a rule (a rule at the same pointer would replace the built-in finding,
# and the built-in examples of 00-catalogue.yaml rely on some of these entries):
# - KCP-ID-002 (`merchant_uid` longer than 40), REST part: `maxLength: 40` (field-length, error),
#   also in `schedules[]` items (the schema gives no limit there, but every scheduled charge is an
#   /again call, whose limit is 40). The built-in field-length example relies on it. The SDK part
#   is in 10-sdk-fields.yaml.
# - KCP-ID-007 (`customer_uid` longer than 80), REST part: `maxLength: 80` (field-length).
# - KCP-AMT-003, negative part: `amount` has `minimum: 0` (field-range); the rule `amount-zero`
#   reports 0. The built-in field-range example relies on it.
# - KCP-BUY-002, REST part: `buyer_name` <= 16, `buyer_email` <= 64, `buyer_tel` <= 16,
#   `buyer_addr` <= 128, `buyer_postcode` <= 8 characters (field-length, error).
# - KCP-BUY-003: `customer_name` <= 20, `customer_tel` <= 20, `customer_email` <= 200,
#   `customer_addr` <= 200, `customer_postcode` <= 8 (field-length, error).
# - KCP-NAME-001, REST part: `name` <= 40 characters (field-length, error).
# - KCP-CH-010: `channel_key`, `channel_group_id` and `channelGroupId` <= 55 (field-length, error).
# - KCP-SCH-001: `schedules` is `required`, an `array`, `minItems: 1` (field-required, field-type,
#   field-items). The built-in field-items example relies on it. A body shaped like the /again call
#   is reported by the rule `schedules-again-body` instead.
# Sensitive members: `card_number` (pan), `expiry`, `birth`, `pwd_2digit`, `cvc` (full).
catalogue: kcp-rest-fields
version: 1
description: >-
  Field dictionary of the PortOne v1 REST calls used with NHN KCP: /subscribe/payments/onetime,
  /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.

fieldSets:
  # The order of a charge: /onetime and /again (a `schedules[]` item reuses the same specs).
  rest-order:
    merchant_uid: &f-merchant-uid
      type: string
      maxLength: 40
      title: {en: "Merchant order number (unique per charge)", ko: "고객사 주문 고유 번호"}
    amount: &f-amount
      type: number
      minimum: 0
      title: {en: "Amount to charge (KRW)", ko: "결제금액"}
    name: &f-name
      type: string
      maxLength: 40
      title: {en: "Order name", ko: "주문명"}

  # Buyer of a charge (limits from the v1 REST schema).
  rest-buyer:
    buyer_name: &f-buyer-name
      type: string
      maxLength: 16
      title: {en: "Buyer name", ko: "주문자명"}
    buyer_email: &f-buyer-email
      type: string
      maxLength: 64
      title: {en: "Buyer e-mail", ko: "주문자 E-mail 주소"}
    buyer_tel: &f-buyer-tel
      type: string
      maxLength: 16
      title: {en: "Buyer phone number", ko: "주문자 전화번호"}
    buyer_addr: &f-buyer-addr
      type: string
      maxLength: 128
      title: {en: "Buyer address", ko: "주문자 주소"}
    buyer_postcode: &f-buyer-postcode
      type: string
      maxLength: 8
      title: {en: "Buyer postcode", ko: "주문자 우편번호"}

  # Options of a charge shared by /onetime, /again and `schedules[]` items.
  rest-charge-options:
    tax_free: &f-tax-free
      type: number
      minimum: 0
      title: {en: "Tax-free portion of the amount", ko: "면세공급가액"}
    vat_amount: &f-vat-amount
      type: [number, "null"]
      title: {en: "VAT amount (not supported by KCP)", ko: "부가세 금액 (KCP 미지원)"}
    currency: &f-currency
      type: string
      title: {en: "Currency (default KRW)", ko: "결제 통화 (기본값 KRW)"}
    card_quota: &f-card-quota
      type: integer
      title: {en: "Installment months (0 = lump sum)", ko: "카드 할부 개월수 (0 = 일시불)"}
    custom_data: &f-custom-data
      type: any
      title: {en: "Custom data stored with the payment (a JSON string)", ko: "결제정보와 함께 저장할 추가 정보 (JSON 문자열)"}
    notice_url: &f-notice-url
      type: string
      title: {en: "Webhook URL for this payment (an absolute URL)", ko: "결제 결과를 통지받을 Notification URL(Webhook URL)"}
    browser_ip: &f-browser-ip
      type: string
      title: {en: "Buyer browser IP", ko: "구매자 브라우저 IP"}
    bypass: &f-bypass
      type: [string, object]
      open: true
      title: {en: "PG-specific parameters as a JSON string", ko: "JSON 문자열 형식의 PG사별 파라미터"}
    promotion_id: &f-promotion-id
      type: string
      title: {en: "Promotion id (promotion-id-…)", ko: "프로모션 아이디 (promotion-id-로 시작)"}
    interest_free_by_merchant: &f-interest-free
      type: boolean
      title: {en: "Merchant-paid interest-free installments (not KCP)", ko: "고객사 부담 무이자 할부 여부 (KCP 미지원)"}
    use_card_point: &f-use-card-point
      type: boolean
      title: {en: "Pay with card points (not KCP)", ko: "카드사 포인트 사용 여부 (KCP 미지원)"}
    product_type: &f-product-type
      type: string
      enum: [real, digital]
      title: {en: "Real or digital goods (KSNET, not KCP)", ko: "주문 상품 구분 (KSNET 전용, KCP 미지원)"}

  # Card data of a key-in payment or a new billing key.
  rest-card:
    card_number:
      type: string
      sensitive: pan
      title: {en: "Card number (dddd-dddd-dddd-dddd)", ko: "카드번호 (dddd-dddd-dddd-dddd)"}
    expiry:
      type: string
      sensitive: full
      title: {en: "Card expiry (YYYY-MM)", ko: "카드 유효기간 (YYYY-MM)"}
    birth:
      type: string
      sensitive: full
      title: {en: "Date of birth YYMMDD, or a 10-digit business number for corporate cards", ko: "생년월일 6자리 (법인카드의 경우 사업자등록번호 10자리)"}
    pwd_2digit:
      type: string
      sensitive: full
      title: {en: "First 2 digits of the card password", ko: "카드비밀번호 앞 2자리"}
    cvc:
      type: string
      sensitive: full
      title: {en: "Card verification code (Paymentwall only)", ko: "카드 인증번호 (페이먼트월 전용)"}

kinds:
  # ------------------------------------------------------------ POST /subscribe/payments/onetime
  - id: rest-onetime
    fieldSets: [rest-order, rest-buyer, rest-charge-options, rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id: when given, the card is also saved as a billing key", ko: "구매자의 결제 수단 식별 고유번호 (지정하면 빌링키도 함께 저장됩니다)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code: kcp, or kcp. followed by the site code", ko: "PG 구분코드 (kcp 또는 kcp.사이트코드)"}
      channelGroupId:
        type: string
        maxLength: 55
        title: {en: "Smart-routing channel group id (pg is then ignored)", ko: "스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (not a documented parameter of /onetime)", ko: "채널키 (/onetime에는 정의되지 않은 파라미터)"}
      vat:
        type: number
        title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단)"}
        deprecated:
          en: "use `tax_free`; the VAT is then computed as (amount - tax_free) / 11"
          ko: "`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
        replacement: tax_free
      secure_3d_charge_id:
        type: string
        title: {en: "3-D Secure charge id (Paymentwall only)", ko: "3D secure 결제 ID (페이먼트월 전용)"}
      secure_3d_token:
        type: string
        title: {en: "3-D Secure token (Paymentwall only)", ko: "3D secure 토큰 (페이먼트월 전용)"}
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000201", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "card_quota": 3, "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "buyer_addr": "서울특별시 강남구 삼성동", "buyer_postcode": "06164", "pg": "kcp.AO09C", "notice_url": "https://shop.example.com/webhooks/portone", "custom_data": "{\"cart_id\": 8812}"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000202", "amount": 9900, "name": "정기구독 1개월", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "1234567890", "pwd_2digit": "12", "tax_free": 0, "currency": "KRW", "bypass": "{\"key\": \"value\"}"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000203", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_postalcode": "06164"}'
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: '{"merchant_uid": "ORD-20300101-000204", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "cardQuota": 3}'
          rule: field-unknown
          pointer: /cardQuota
        - payload: '{"merchant_uid": "ORD-20300101-000205", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": 12}'
          rule: field-type
          pointer: /pwd_2digit
        - payload: '{"merchant_uid": "ORD-20300101-000206", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_name": "Alexander Hamilton Jr"}'
          rule: field-length
          pointer: /buyer_name
        - payload: '{"merchant_uid": "ORD-20300101-000207-ORD-20300101-000207-X", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-length
          pointer: /merchant_uid
        - payload: '{"merchant_uid": "ORD-20300101-000208", "amount": 55000, "name": "프리미엄 정기구독 연간 이용권 자동 갱신 결제 (2030년 1월분 프리미엄 플랜)", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-length
          pointer: /name
        - payload: '{"merchant_uid": "ORD-20300101-000209", "amount": -55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          rule: field-range
          pointer: /amount
        - payload: '{"merchant_uid": "ORD-20300101-000211", "amount": 55000, "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "buyer_postcode": "06164-123"}'
          rule: field-length
          pointer: /buyer_postcode

  # ---------------------------------------------------- POST /subscribe/customers/{customer_uid}
  - id: rest-billing-key
    fieldSets: [rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id (belongs in the URL path)", ko: "구매자의 결제 수단 식별 고유번호 (URL 경로에 넣는 값)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key of the KCP API billing channel", ko: "KCP API 빌링 채널의 채널키"}
      channel_group_id:
        type: string
        maxLength: 55
        title: {en: "Smart-routing channel group id (pg is then ignored)", ko: "스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code: kcp, or kcp. followed by the site code", ko: "PG 구분코드 (kcp 또는 kcp.사이트코드)"}
      customer_id:
        type: string
        title: {en: "Buyer id (Toss Payments only)", ko: "구매자 ID (토스페이먼츠 전용)"}
      customer_name:
        type: string
        maxLength: 20
        title: {en: "Card holder name", ko: "고객(카드소지자) 관리용 성함"}
      customer_tel:
        type: string
        maxLength: 20
        title: {en: "Card holder phone number", ko: "고객(카드소지자) 전화번호"}
      customer_email:
        type: string
        maxLength: 200
        title: {en: "Card holder e-mail", ko: "고객(카드소지자) Email"}
      customer_addr:
        type: string
        maxLength: 200
        title: {en: "Card holder address", ko: "고객(카드소지자) 주소"}
      customer_postcode:
        type: string
        maxLength: 8
        title: {en: "Card holder postcode", ko: "고객(카드소지자) 우편번호"}
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_name": "홍길동", "customer_tel": "010-1234-5678", "customer_email": "gildong@example.com", "customer_addr": "서울특별시 강남구 삼성동", "customer_postcode": "06164"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_mail": "gildong@example.com"}'
          rule: field-unknown
          pointer: /customer_mail
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f-0a1b2c3d"}'
          rule: field-length
          pointer: /channel_key
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_name": "Maximilian Alexander Hamilton", "customer_postcode": "06164-1234"}'
          rule: field-length
          pointers: [/customer_name, /customer_postcode]
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_tel": 1012345678}'
          rule: field-type
          pointer: /customer_tel

  # ----------------------------------------------------------------- POST /subscribe/payments/again
  - id: rest-again
    fieldSets: [rest-order, rest-buyer, rest-charge-options]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id", ko: "구매자의 결제 수단 식별 고유번호 (빌링키와 매핑)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (picks a channel of a multi-channel billing key)", ko: "채널키 (복수 채널 빌링키에서 결제할 채널 지정)"}
      vat:
        type: number
        title: {en: "VAT (deprecated)", ko: "부가세 (지원 중단)"}
        deprecated:
          en: "use `tax_free`; the VAT is then computed as (amount - tax_free) / 11"
          ko: "`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"
        replacement: tax_free
      product_count:
        type: integer
        minimum: 1
        title: {en: "Number of products (default 1)", ko: "결제 상품의 개수 (기본값 1)"}
      cash_receipt_type:
        type: string
        enum: [person, company, anonymous]
        title: {en: "Cash receipt target (Toss Pay only, not KCP)", ko: "현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}
      extra: &f-extra
        type: object
        title: {en: "Extra parameters", ko: "추가 파라미터"}
        properties:
          naverUseCfm:
            type: string
            title: {en: "Naver Pay service completion date YYYYMMDD (not KCP)", ko: "네이버페이 이용완료일 YYYYMMDD (KCP 미지원)"}
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000301", "amount": 9900, "name": "정기구독 1개월", "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "notice_url": "https://shop.example.com/webhooks/portone", "custom_data": "{\"plan\": \"monthly\"}", "product_count": 1}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000302", "amount": 120000, "name": "연간 이용권", "card_quota": 6, "tax_free": 20000, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "currency": "KRW"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000303", "amount": 9900, "name": "정기구독 1개월", "buyer_postalcode": "06164"}'
          rule: field-unknown
          pointer: /buyer_postalcode
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchantUid": "ORD-20300101-000304", "amount": 9900, "name": "정기구독 1개월"}'
          rule: field-unknown
          pointer: /merchantUid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000305", "amount": 9900, "name": "정기구독 1개월", "product_count": "2"}'
          rule: field-type
          pointer: /product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000306", "amount": 9900, "name": "정기구독 1개월", "product_count": 0}'
          rule: field-range
          pointer: /product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01-0123456789-0123456789-0123456789-0123456789-0123456789-0123456789", "merchant_uid": "ORD-20300101-000307", "amount": 9900, "name": "정기구독 1개월"}'
          rule: field-length
          pointer: /customer_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000308", "amount": 9900, "name": "정기구독 1개월", "buyer_tel": "+82-10-1234-5678-99"}'
          rule: field-length
          pointer: /buyer_tel
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000309", "amount": 9900, "name": "정기구독 1개월", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f-0a1b2c3d"}'
          rule: field-length
          pointer: /channel_key
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000310", "amount": 9900, "name": "정기구독 1개월", "extra": {"naverUseCfmDate": "20300131"}}'
          rule: field-unknown
          pointer: /extra/naverUseCfmDate

  # -------------------------------------------------------------- POST /subscribe/payments/schedule
  - id: rest-schedule
    fieldSets: [rest-card]
    fields:
      customer_uid:
        type: string
        maxLength: 80
        title: {en: "Billing key id", ko: "구매자의 결제 수단 식별 고유번호 (빌링키와 매핑)"}
      customer_id:
        type: string
        title: {en: "Buyer id (Toss Payments only)", ko: "구매자 ID (토스페이먼츠 전용)"}
      checking_amount:
        type: integer
        minimum: 0
        title: {en: "Test charge approved and cancelled at once (0 = no test)", ko: "유효카드 체크 승인금액 (결제 직후 자동 취소, 0이면 테스트하지 않음)"}
      channel_key:
        type: string
        maxLength: 55
        title: {en: "Channel key (new billing key, or a channel of a multi-channel key)", ko: "채널키 (신규 빌링키 발급 채널 또는 복수 채널 빌링키의 채널)"}
      pg:
        type: string
        maxLength: 80
        title: {en: "PG code (no longer documented for /schedule)", ko: "PG 구분코드 (/schedule에서 더 이상 문서화되지 않음)"}
        deprecated:
          en: "PortOne's current API reference no longer lists `pg` for /subscribe/payments/schedule (it only ever applied to a new `customer_uid`); select the channel with `channel_key`"
          ko: "포트원 API 문서에서 /subscribe/payments/schedule의 `pg` 파라미터가 삭제되었습니다 (신규 `customer_uid`를 등록할 때만 적용되던 값입니다). `channel_key`로 채널을 지정하세요"
        replacement: channel_key
      schedules:
        type: array
        required: true
        minItems: 1
        title: {en: "Scheduled charges", ko: "결제예약 스케줄"}
        items:
          type: object
          properties:
            merchant_uid: *f-merchant-uid
            schedule_at:
              type: integer
              title: {en: "When to charge: Unix time in seconds", ko: "결제요청 예약시각 (UNIX timestamp, 초 단위)"}
            amount: *f-amount
            currency: *f-currency
            name: *f-name
            tax_free: *f-tax-free
            vat_amount: *f-vat-amount
            buyer_name: *f-buyer-name
            buyer_email: *f-buyer-email
            buyer_tel: *f-buyer-tel
            buyer_addr: *f-buyer-addr
            buyer_postcode: *f-buyer-postcode
            custom_data: *f-custom-data
            notice_url: *f-notice-url
            card_quota: *f-card-quota
            product_count:
              type: integer
              minimum: 1
              title: {en: "Number of products (default 1)", ko: "결제 상품의 개수 (기본값 1)"}
            browser_ip: *f-browser-ip
            bypass: *f-bypass
            promotion_id: *f-promotion-id
            extra: *f-extra
            product_type: *f-product-type
            cash_receipt_type:
              type: string
              enum: [person, company, anonymous]
              title: {en: "Cash receipt target (Toss Pay only, not KCP)", ko: "현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}
            interest_free_by_merchant: *f-interest-free
            use_card_point: *f-use-card-point
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_name": "홍길동", "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "notice_url": "https://shop.example.com/webhooks/portone"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월", "custom_data": "{\"plan\": \"monthly\"}"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 0, "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": []}'
          rule: field-items
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": {"merchant_uid": "SUB-20300101-0003", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}}'
          rule: field-type
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01"}'
          kind: rest-schedule
          rule: field-required
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0004", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_postalcode": "06164"}]}'
          rule: field-unknown
          pointer: /schedules/0/buyer_postalcode
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0005", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "product_count": 1.5}]}'
          rule: field-type
          pointer: /schedules/0/product_count
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0006", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월 프리미엄 플랜 자동 결제 (연간 약정 회원 전용 할인가)"}]}'
          rule: field-length
          pointer: /schedules/0/name
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0007-SUB-20300101-0007-SUB-X", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          rule: field-length
          pointer: /schedules/0/merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "pg": "kcp.AO09C", "schedules": [{"merchant_uid": "SUB-20300101-0008", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          rule: field-deprecated
          pointer: /pg
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": 1000, "schedules": [{"merchant_uid": "SUB-20300101-0009", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyerName": "홍길동"}]}'
          rule: field-unknown
          pointer: /schedules/0/buyerName
"""#####),
        ("40-rest-rules.yaml", #####"""
# Rules of the REST kinds (rest-onetime, rest-billing-key, rest-again, rest-schedule) and the
# identity and amount rules shared by every kind, the SDK kinds included: `merchant_uid`,
# `customer_uid`, `amount`, `tax_free`, `vat_amount`, `vat`, `currency`, `buyer_email`, `name`.
# Field dictionary: 30-rest-fields.yaml (REST) and 10-sdk-fields.yaml (SDK).
#
# Candidates of docs/kcp-reference.md section 7 encoded in a field dictionary, not as a rule
# (a rule at the same pointer would replace the built-in finding; see 30-rest-fields.yaml):
#   KCP-ID-002 (REST part; the SDK part is `maxLength: 40` in 10-sdk-fields.yaml), KCP-ID-007
#   (REST part; SDK: 10-sdk-fields.yaml), KCP-AMT-003 negative amounts (`minimum: 0`),
#   KCP-BUY-002 (REST part), KCP-BUY-003, KCP-NAME-001 (REST part), KCP-CH-010, KCP-SCH-001.
#
# Candidates changed, with the reason:
# - KCP-ID-009: only the info "customer_uid belongs in the path" is kept; the error "body value
#   differs from the path value" is dropped because the URL path is not part of the payload.
# - KCP-AMT-001: split by what is wrong: `amount-missing` / `schedules-amount-missing`,
#   `amount-formatted-string` ("10,000", "9,900원") and `amount-object` (V2 `amount.total`). A plain
#   digit string ("1000") is left to the dictionary's field-type error, which already says that a
#   number is expected (and keeps the built-in field-type example of 00-catalogue.yaml meaningful).
# - KCP-AMT-003: `amount-zero` reports 0; negative amounts are the dictionary's field-range error.
# - KCP-TAX-002: only a `tax_free` above 0 draws the info; 0 is the documented default.
# - KCP-CUR-001: split into `currency-not-supported` and `currency-usd-non-card`.
# - KCP-BUY-004: also checks `customer_email` of /subscribe/customers (same KCP failure).
# - KCP-NAME-002: severity warning -> info (see the rule's rationale: KCP's character encoding is
#   not documented, and in EUC-KR, KCP's traditional encoding, 40 Hangul are only 80 bytes).
# - KCP-CD-004: the doc placeholder 1234-1234-1234-1234 fails the Luhn check, so one Luhn rule
#   covers both halves of the candidate.
# - KCP-CD-008 for rest-schedule: superseded by KCP-CD-011 (`schedule-card-fields-incomplete`,
#   error), which already requires `birth` whenever /schedule carries card data.
# - KCP-CD-010: two rules, `pwd-2digit-missing` (rest-billing-key, warning) and
#   `pwd-2digit-missing-onetime` (rest-onetime, info).
# - KCP-SCH-003: three rules, `schedule-at-missing`, `schedule-at-not-unix-seconds` (error) and
#   `schedule-at-past` (warning).
# - KCP-MISC-008: `cvc`, `secure_3d_*` and `customer_id` are in the dictionary so that only the info
#   is reported, not an unknown-member warning.
catalogue: kcp-rest-rules
version: 1
description: >-
  Identity and amount rules of every kind, and the rules of the PortOne v1 REST calls used with NHN
  KCP (key-in payment, billing-key issuance, billing-key charge and scheduled charges).

rules:
  # ================================================================== order number: merchant_uid
  - id: merchant-uid-missing
    title: {en: "`merchant_uid` is missing", ko: "`merchant_uid` 누락"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again]
    assert:
      require: merchant_uid
    message:
      en: "`merchant_uid` is required: send your own order number, unique for every payment request"
      ko: "`merchant_uid`(고객사 주문 고유 번호)는 필수입니다. 결제 요청마다 고유하게 채번해야 합니다"
    rationale: >-
      The KCP page lists `merchant_uid` among the main parameters of IMP.request_pay (also in its
      billing-key example) and the v1 REST schema marks it required on /subscribe/payments/onetime
      and /subscribe/payments/again. An empty or blank string counts as missing.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-001
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_name": "홍길동", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "name": "당근 10kg", "amount": 64900, "buyer_name": "홍길동", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /merchant_uid
        - payload: '{"merchant_uid": "   ", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /merchant_uid

  - id: schedules-merchant-uid-missing
    title: {en: "A scheduled charge has no `merchant_uid`", ko: "예약 건의 `merchant_uid` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].merchant_uid'
    message:
      en: "`{field}` is required: every scheduled charge needs its own order number"
      ko: "`{field}`는 필수입니다. 예약 건마다 고유한 주문번호를 전달해야 합니다"
    rationale: >-
      `merchant_uid` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
      schema); PortOne runs each item as a separate /again payment under that order number.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-ID-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/merchant_uid

  - id: merchant-uid-not-string
    title: {en: "`merchant_uid` is not a string", ko: "`merchant_uid`가 문자열이 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        type: string
      - path: 'schedules[*].merchant_uid'
        type: string
    message:
      en: "`{field}` must be a string, found {value}: send the order number as text"
      ko: "`{field}`는 문자열이어야 하는데 {value}입니다. 주문번호는 문자열로 보내야 합니다"
    rationale: >-
      Every PortOne source types `merchant_uid` as a string. A number loses leading zeros and, above
      2^53, digits (JavaScript numbers), so the order number PortOne stores is not the one the
      merchant's database holds.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "20300101001", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": 20300101001, "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": 1001, "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": 1001, "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid

  - id: merchant-uid-charset
    title: {en: "`merchant_uid` has characters KCP does not take", ko: "`merchant_uid`에 KCP가 받지 않는 문자가 있음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        that: &uid-charset-ok
          any:
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 41}
            - not: {path: ., matches: '[^A-Za-z0-9_-]'}
      - path: 'schedules[*].merchant_uid'
        that: *uid-charset-ok
    message:
      en: "`{field}` contains characters other than letters, digits, `-` and `_`: KCP takes order numbers made of letters and digits"
      ko: "`{field}`에 영문, 숫자, `-`, `_` 외의 문자가 있습니다. KCP는 영문과 숫자로 된 주문번호를 받습니다"
    rationale: >-
      PortOne passes `merchant_uid` to KCP as the order number. PortOne's V2 KCP page (a fact about
      the PG) allows only letters and digits in it; the v1 KCP page's own examples use `-` and `_`
      (`order_no_0001`, `A00021-TEST`), so those two are accepted. Anything else (Hangul, spaces,
      `#`, `/`, `.`) is a warning, not an error, because the v1 documentation does not state the
      limit. Blank values are `merchant-uid-missing`; values over 40 characters are already a
      field-length error.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-003
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101_000601", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB20300101A", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "주문-1001", "amount": 9900, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD#1001", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB 2030/01", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid

  - id: merchant-uid-doc-sample
    title: {en: "`merchant_uid` is a sample value from the documentation", ko: "`merchant_uid`가 문서의 예시 값임"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: merchant_uid
        notIn: &sample-merchant-uids [order_no_0001, order_id_8237352, order_monthly_0001, A00021-TEST, your_merchant_uid1, your_merchant_uid2, ORD20180131-0000011, 57008833-33004]
      - path: 'schedules[*].merchant_uid'
        notIn: *sample-merchant-uids
    message:
      en: "`{field}` is {value}, a sample value from PortOne's documentation: generate a unique order number for every payment"
      ko: "`{field}` 값 {value}는 포트원 문서의 예시 값입니다. 결제 요청마다 고유한 주문번호를 채번해야 합니다"
    rationale: >-
      A `merchant_uid` that has already been paid is refused before the window opens (F1002,
      "already paid"), and a value copied from the documentation is reused by every test run and
      every integration that copied it. The list holds the values of the KCP page (`order_no_0001`,
      `order_id_8237352`, `order_monthly_0001`, `A00021-TEST`) and of the REST reference's schedule
      example (`your_merchant_uid1`, `your_merchant_uid2`), and the two of PortOne's generic v1 SDK
      samples that merchant code copies most (`ORD20180131-0000011`, `57008833-33004`). A warning: the
      first use of the value in an account works.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "order_no_0001", "name": "결제테스트", "amount": 1004, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "order_id_8237352", "amount": 3000, "name": "정기구독 1개월"}'
          pointer: /merchant_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "order_monthly_0001", "name": "정기결제", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "02-1234-1234", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /merchant_uid
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "A00021-TEST", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/merchant_uid
        - payload: '{"pg": "kcp.AO09C", "pay_method": "card", "merchant_uid": "ORD20180131-0000011", "name": "노르웨이 회전 의자", "amount": 64900, "buyer_tel": "010-4242-4242", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /merchant_uid

  - id: schedules-merchant-uid-duplicate
    title: {en: "Two scheduled charges share a `merchant_uid`", ko: "예약 건의 `merchant_uid` 중복"}
    severity: error
    kinds: [rest-schedule]
    assert:
      path: schedules
      unique: merchant_uid
    message:
      en: "`{field}` is {value}, the order number of an earlier scheduled charge: every scheduled charge needs its own `merchant_uid`"
      ko: "`{field}` 값 {value}는 앞선 예약 건의 주문번호와 같습니다. 예약 건마다 고유한 `merchant_uid`를 전달해야 합니다"
    rationale: >-
      The REST reference of /subscribe/payments/schedule says each scheduled charge must carry its
      own `merchant_uid` and that one order number cannot be paid twice, so the second of two items
      with the same `merchant_uid` can never be charged.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-ID-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-2030-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-2030-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 2월"}]}'
          pointer: /schedules/1/merchant_uid

  # ================================================================ billing key id: customer_uid
  - id: customer-uid-missing
    title: {en: "`customer_uid` is missing", ko: "`customer_uid` 누락"}
    severity: error
    kinds: [sdk-billing-key, rest-again, rest-schedule]
    assert:
      require: customer_uid
    message:
      en: "`customer_uid` is required: it names the billing key to issue or to charge"
      ko: "`customer_uid`는 필수입니다. 발급하거나 결제할 빌링키를 지정하는 값입니다"
    rationale: >-
      `customer_uid` is what makes IMP.request_pay issue a billing key (KCP page: "빌링키 발급 요청
      시에는 customer_uid 파라미터를 입력한 후 호출해야 합니다"), and the v1 REST schema requires it on
      /subscribe/payments/again and /subscribe/payments/schedule. On /subscribe/customers it is a
      path parameter and is not checked in the body. An empty string counts as missing.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-ID-006
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
          kind: rest-again
          pointer: /customer_uid
        - payload: '{"schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /customer_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /customer_uid

  - id: customer-uid-doc-sample
    title: {en: "`customer_uid` is the documentation's sample value", ko: "`customer_uid`가 문서의 예시 값임"}
    severity: warning
    kinds: [sdk-billing-key, rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      path: customer_uid
      notIn: [your-customer-unique-id, gildong_0001_1234]
    message:
      en: "`customer_uid` is {value}, a sample value of PortOne's documentation: use your own id for each customer's card"
      ko: "`customer_uid` 값 {value}는 포트원 문서의 예시 값입니다. 고객의 카드마다 고유한 값을 지정해야 합니다"
    rationale: >-
      `customer_uid` maps one to one to a billing key. When every customer shares the sample value,
      each new card re-maps it (the previous key stays active at KCP) and later charges hit whichever
      card was registered last. A warning, because a test account may use it on purpose. The list holds
      the KCP page's value and the one of PortOne's generic billing-key guide (`gildong_0001_1234`),
      which merchant code copies into schedule bodies.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-ID-008
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "your-customer-unique-id", "merchant_uid": "ORD-20300101-000501", "amount": 3000, "name": "정기구독 1개월"}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "your-customer-unique-id", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /customer_uid
        - payload: '{"customer_uid": "gildong_0001_1234", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 8900, "name": "월간 이용권 정기결제"}]}'
          pointer: /customer_uid
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기결제", "amount": 0, "customer_uid": "your-customer-unique-id", "buyer_tel": "02-1234-1234", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /customer_uid

  - id: customer-uid-in-body
    title: {en: "`customer_uid` in the body of /subscribe/customers", ko: "/subscribe/customers 요청 본문의 `customer_uid`"}
    severity: info
    kinds: [rest-billing-key]
    assert:
      path: customer_uid
      that:
        not:
          all:
            - {path: ., type: string}
            - path: .
              length: {max: 80}
    message:
      en: "`customer_uid` belongs in the URL path of this call (/subscribe/customers/ followed by the id); the copy in the body is not used"
      ko: "`customer_uid`는 요청 본문이 아니라 URL 경로(/subscribe/customers/ 뒤)에 넣는 값입니다. 본문의 값은 사용되지 않습니다"
    rationale: >-
      The v1 REST schema defines `customer_uid` of POST /subscribe/customers/{customer_uid} as a
      path parameter only; the billing key is saved under the path value. kcplint accepts the body
      copy (the dictionary knows it) and says where it belongs. Whether it differs from the path
      cannot be told from the body alone.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-ID-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /customer_uid

  - id: customer-uid-onetime-saves-billing-key
    title: {en: "/onetime with `customer_uid` also saves a billing key", ko: "`customer_uid`가 있는 /onetime은 빌링키도 저장함"}
    severity: info
    kinds: [rest-onetime]
    assert:
      path: customer_uid
      that:
        not:
          all:
            - {path: ., matches: '\S'}
            - path: .
              length: {max: 80}
    message:
      en: "with `customer_uid`, /subscribe/payments/onetime also saves this card as the billing key {value}; reusing an existing `customer_uid` re-maps it to this card"
      ko: "`customer_uid`를 지정하면 /subscribe/payments/onetime 결제와 함께 이 카드가 {value} 빌링키로 저장됩니다. 이미 사용한 `customer_uid`를 다시 쓰면 이 카드로 다시 매핑됩니다"
    rationale: >-
      The KCP page: calling /subscribe/payments/onetime with `customer_uid` issues a billing key and
      pays at once; without it, the card is used once and not stored. Re-using a `customer_uid`
      re-maps it to the newest card (PortOne's non-authenticated payment guide). Advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /customer_uid

  # ========================================================================= amount
  - id: amount-missing
    title: {en: "`amount` is missing", ko: "`amount` 누락"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again]
    assert:
      require: amount
    message:
      en: "`amount` is required: send the amount as a JSON number"
      ko: "`amount`(결제금액)은 필수입니다. 숫자로 입력해야 합니다"
    rationale: >-
      The KCP page lists `amount` among the main parameters of a payment and of a billing-key
      request (where it is the amount shown in the window, 0 allowed); the v1 REST schema requires it
      on /onetime and /again. An empty string counts as missing.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": "", "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
          pointer: /amount

  - id: schedules-amount-missing
    title: {en: "A scheduled charge has no `amount`", ko: "예약 건의 `amount` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].amount'
    message:
      en: "`{field}` is required: the amount of this scheduled charge, as a JSON number"
      ko: "`{field}`(예약 결제금액)은 필수입니다. 숫자로 입력해야 합니다"
    rationale: >-
      `amount` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-formatted-string
    title: {en: "`amount` is a formatted string", ko: "`amount`가 서식이 들어간 문자열임"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        that: &not-formatted-amount
          not: {path: ., matches: '[^0-9\s]'}
      - path: 'schedules[*].amount'
        that: *not-formatted-amount
    message:
      en: "`{field}` must be a JSON number such as 10000, not the string {value}: separators, decimals and currency signs make it unreadable as an amount"
      ko: "`{field}`는 10000처럼 숫자로 보내야 합니다. 쉼표, 소수점, 통화 기호가 들어간 문자열 {value}는 결제금액으로 읽을 수 없습니다"
    rationale: >-
      The KCP page types `amount` as an integer and the REST schema as a number. A display string
      such as "10,000", "₩64,900" or "9,900원" cannot be read as an amount (KCP result codes 9009,
      8105: amount must be digits). A plain digit string such as "1000" is the dictionary's
      field-type error.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 10000, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": "10,000", "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": "₩64,900", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": "9,900원", "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": "55000.00", "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /amount

  - id: amount-object
    title: {en: "`amount` is an object (V2 shape)", ko: "`amount`가 객체임 (V2 형식)"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        that: &not-object
          not: {path: ., type: object}
      - path: 'schedules[*].amount'
        that: *not-object
    message:
      en: "`{field}` must be a JSON number; {value} is the V2 object form (`amount.total`), which the v1 API does not accept"
      ko: "`{field}`는 숫자여야 합니다. {value}는 V2 API의 객체 형식(`amount.total`)이며 v1 API에서는 사용할 수 없습니다"
    rationale: >-
      The v1 REST schema and the KCP page type `amount` as a number. PortOne's own v1
      non-authenticated payment guide shows /subscribe/payments/again with `amount` as an object
      holding `total`, which is the V2 API's shape; copied into a v1 call it is rejected. The schema
      wins over the guide.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-AMT-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 8900, "name": "정기구독 1개월", "currency": "KRW"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": {"total": 8900}, "name": "정기구독 1개월", "currency": "KRW"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": {"total": 9900}, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": {"total": 64900, "taxFree": 0}, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount

  - id: amount-not-integer
    title: {en: "`amount` has a fraction", ko: "`amount`가 정수가 아님"}
    severity: error
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-again, rest-schedule]
    when:
      not: &foreign-currency
        any:
          - all:
              - present: currency
              - not: {path: currency, equals: KRW}
          - path: schedules
            some:
              all:
                - present: currency
                - not: {path: currency, equals: KRW}
    because:
      en: "the currency is KRW (or not set), which has no fractional unit"
      ko: "통화가 KRW(또는 미지정)이며, 원화에는 소수 단위가 없습니다"
    assert:
      - path: amount
        that: &whole-or-not-number
          any:
            - not: {path: ., type: number}
            - {path: ., type: integer}
      - path: 'schedules[*].amount'
        that: *whole-or-not-number
    message:
      en: "`{field}` must be a whole number of won, found {value}: round it before sending (floating-point arithmetic leaves values like 27806.999999999996)"
      ko: "`{field}`는 원 단위 정수여야 하는데 {value}입니다. 부동소수점 계산으로 생긴 값(예: 27806.999999999996)은 반올림해서 보내야 합니다"
    rationale: >-
      The KCP page types `amount` as an integer and the won has no minor unit; KCP refuses amounts
      that are not plain digits (result codes 8105, 8156-8158). Prices computed with discounts or
      percentages in floating point often come out as 27806.999999999996. Payloads in another
      currency (USD) are not checked here: cents are legitimate there.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 27807, "name": "정기구독 1개월"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 19.99, "currency": "USD", "name": "Monthly plan"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 27806.999999999996, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900.5, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900.5, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-zero
    title: {en: "`amount` is 0", ko: "`amount`가 0임"}
    severity: error
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: amount
        notIn: [0]
      - path: 'schedules[*].amount'
        notIn: [0]
    message:
      en: "`{field}` is 0: a payment must charge more than 0 (only a billing-key request through the window may show 0)"
      ko: "`{field}`가 0입니다. 결제금액은 0보다 커야 합니다 (0원은 결제창 빌링키 발급 요청에서만 사용할 수 있습니다)"
    rationale: >-
      A payment of 0 won is not a payment: the KCP page uses 0 only in the billing-key example,
      where the amount is merely shown and nothing is approved. Negative amounts are the
      dictionary's field-range error (minimum 0).
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-AMT-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pay_method": "card", "merchant_uid": "BILL-20300101-0042", "name": "정기구독 카드 등록", "amount": 0, "customer_uid": "cust_8f14e45f_card01", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/billing/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 0, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 0, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 0, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  - id: amount-below-card-minimum
    title: {en: "Card payment below 1,000 won", ko: "신용카드 결제금액이 1,000원 미만"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    when:
      all:
        - any:
            - absent: pay_method
            - {path: pay_method, equals: card}
        - not: *foreign-currency
    because:
      en: "this is a card payment in KRW"
      ko: "원화 신용카드 결제입니다"
    assert:
      - path: amount
        that: &card-minimum-ok
          any:
            - not: {path: ., type: number}
            - {path: ., lte: 0}
            - {path: ., gte: 1000}
      - path: 'schedules[*].amount'
        that: *card-minimum-ok
    message:
      en: "`{field}` is {value} won: KCP's minimum card payment is 1,000 won"
      ko: "`{field}`가 {value}원입니다. KCP 신용카드 결제의 최소 금액은 1,000원입니다"
    rationale: >-
      KCP's result code 9010 refuses card payments below 1,000 won. A warning rather than an error:
      PortOne's playground charges 100 won on KCP's public test channel. 0 is `amount-zero` and
      negative amounts are a field-range error.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-AMT-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 1000, "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "trans", "merchant_uid": "ORD-20300101-000601", "name": "커피 쿠폰", "amount": 500, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 500, "name": "정기구독 1개월"}'
          pointer: /amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "커피 쿠폰", "amount": 100, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/amount

  # ==================================================================== tax-free amount and VAT
  - id: tax-free-out-of-range
    title: {en: "`tax_free` is negative or above `amount`", ko: "`tax_free`가 음수이거나 `amount`보다 큼"}
    severity: error
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: tax_free
        min: 0
        message:
          en: "`{field}` is {value}: the tax-free portion cannot be negative"
          ko: "`{field}`가 {value}입니다. 면세금액은 음수일 수 없습니다"
      - path: tax_free
        that:
          any:
            - not: {path: ., type: number}
            - not: {path: $.amount, type: number}
            - path: .
              lte: {path: $.amount}
      - path: 'schedules[*].tax_free'
        min: 0
        message:
          en: "`{field}` is {value}: the tax-free portion cannot be negative"
          ko: "`{field}`가 {value}입니다. 면세금액은 음수일 수 없습니다"
      - path: 'schedules[*]'
        that:
          any:
            - not: {path: tax_free, type: number}
            - not: {path: amount, type: number}
            - path: tax_free
              lte: {path: amount}
        message:
          en: "`tax_free` of `{field}` is greater than its `amount`: the tax-free portion is part of the amount"
          ko: "`{field}`의 `tax_free`가 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"
    message:
      en: "`tax_free` ({value}) is greater than `amount`: the tax-free portion is part of the amount"
      ko: "`tax_free`({value})가 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"
    rationale: >-
      `tax_free` is "the tax-exempt part of `amount`" (SDK reference and v1 REST schema): the VAT is
      (amount - tax_free) / 11, so a negative value or one above `amount` makes no sense and KCP
      refuses the mismatch (result codes 8564, 8074).
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-TAX-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 9900, "name": "도서 정기구독"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 0, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 20000, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": -100, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "도서 3권", "amount": 64900, "tax_free": 70000, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 10000, "name": "정기구독 2030년 1월"}, {"merchant_uid": "SUB-20300201-0001", "schedule_at": 1896102000, "currency": "KRW", "amount": 9900, "tax_free": -1, "name": "정기구독 2030년 2월"}]}'
          pointers: [/schedules/0, /schedules/1/tax_free]

  - id: tax-free-needs-kcp-contract
    title: {en: "`tax_free` needs a KCP mixed-taxation contract", ko: "`tax_free`는 KCP 복합과세 계약이 필요함"}
    severity: info
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: tax_free
        that:
          not:
            all:
              - {path: ., gt: 0}
              - path: .
                lte: {path: $.amount}
      - path: 'schedules[*].tax_free'
        that:
          not: {path: ., gt: 0}
    message:
      en: "`{field}` sets a tax-free portion: KCP applies it only on a site code contracted for mixed taxation; otherwise the settled amounts can differ from the request"
      ko: "`{field}`로 면세금액을 지정했습니다. KCP와 복합과세 계약이 된 사이트코드에서만 적용되며, 그렇지 않으면 정산 금액이 요청과 달라질 수 있습니다"
    rationale: >-
      Setting the tax-free amount or the VAT directly needs a separate contract with KCP (PortOne's
      V2 KCP page, a fact about the PG; KCP result code 8011 "mixed-tax amount setup"). 0, the
      documented default, draws nothing; out-of-range values are `tax-free-out-of-range`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-TAX-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 2000, "name": "도서 정기구독"}'
          pointer: /tax_free
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "tax_free": 9900, "name": "도서 정기구독 2030년 1월"}]}'
          pointer: /schedules/0/tax_free

  - id: vat-amount-not-supported
    title: {en: "`vat_amount` is not supported by KCP", ko: "`vat_amount`는 KCP에서 지원하지 않음"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      forbid: [vat_amount, 'schedules[*].vat_amount']
    message:
      en: "`{field}` is not supported by NHN KCP (only NICE, INICIS, Welcome and new Toss Pay take it): the VAT is computed from `amount` and `tax_free`"
      ko: "`{field}`는 NHN KCP에서 지원하지 않는 파라미터입니다 (나이스페이먼츠, 이니시스, 웰컴페이먼츠, (신) 토스페이 전용). 부가세는 `amount`와 `tax_free`로 계산됩니다"
    rationale: >-
      The SDK reference and the v1 REST schema list the gateways that honour `vat_amount`; KCP is
      not among them, so a VAT the merchant relies on is silently not applied.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-TAX-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "vat_amount": 900, "name": "정기구독 1개월"}'
          pointer: /vat_amount
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "vat_amount": 5900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /vat_amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "vat_amount": 900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/vat_amount

  - id: vat-deprecated
    title: {en: "`vat` is deprecated", ko: "`vat`는 지원 중단된 파라미터"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again]
    assert:
      forbid: vat
    message:
      en: "`vat` is deprecated: send the tax-free portion in `tax_free` instead (the VAT is then (amount - tax_free) / 11)"
      ko: "`vat`는 지원 중단된 파라미터입니다. 면세금액을 `tax_free`로 전달하세요 (부가세는 (amount - tax_free) / 11로 계산됩니다)"
    rationale: >-
      The v1 REST schema marks `vat` deprecated ("use the tax_free parameter") on /onetime and
      /again, and the 2018 SDK parameter table already replaced it with `tax_free`.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-TAX-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "tax_free": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "vat": 900, "name": "정기구독 1개월"}'
          pointer: /vat
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "vat": 5000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /vat
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "vat": 5900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /vat

  # ========================================================================= currency
  - id: currency-not-supported
    title: {en: "Currency not supported by KCP", ko: "KCP가 지원하지 않는 통화"}
    severity: warning
    kinds: [sdk-payment, rest-onetime, rest-again, rest-schedule]
    assert:
      - path: currency
        that: &krw-or-usd
          any:
            - not: {path: ., type: string}
            - {path: ., in: [KRW, USD]}
      - path: 'schedules[*].currency'
        that: *krw-or-usd
    message:
      en: "`{field}` is {value}: NHN KCP settles only KRW and USD"
      ko: "`{field}`가 {value}입니다. NHN KCP는 KRW와 USD만 지원합니다"
    rationale: >-
      The v1 KCP page does not list currencies; PortOne's V2 KCP page (a fact about the PG) says KCP
      supports KRW and USD only, and KCP answers other codes with "unsupported currency" (result
      codes 9014, 8176). A warning because the v1 page is silent.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CUR-001
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "currency": "KRW", "name": "정기구독 1개월"}'
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 1100, "currency": "JPY", "name": "Monthly plan"}'
          pointer: /currency
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "EUR", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /currency
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "EUR", "amount": 9, "name": "Monthly plan"}]}'
          pointer: /schedules/0/currency

  - id: currency-usd-non-card
    title: {en: "USD with a payment method other than card", ko: "신용카드가 아닌 결제수단의 USD 결제"}
    severity: warning
    kinds: [sdk-payment]
    when:
      all:
        - {path: currency, equals: USD}
        - present: pay_method
        - not: {path: pay_method, equals: card}
    because:
      en: "`pay_method` is not `card`"
      ko: "`pay_method`가 `card`가 아닙니다"
    assert:
      path: currency
      notIn: [USD]
    message:
      en: "`currency` USD is accepted by KCP for card payments only, and `pay_method` is not `card`"
      ko: "KCP는 신용카드 결제에서만 `currency` USD를 지원하는데 `pay_method`가 `card`가 아닙니다"
    rationale: >-
      PortOne's V2 KCP page (a fact about the PG): KCP takes USD for card payments only. The v1 KCP
      page is silent, hence a warning.
    source: https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1
    ref: KCP-CUR-001
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "trans", "merchant_uid": "ORD-20300101-000601", "name": "Gift card", "amount": 25, "currency": "USD", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /currency

  # ==================================================================== buyer and order name
  - id: buyer-email-format
    title: {en: "E-mail address is not plausible", ko: "이메일 주소 형식이 올바르지 않음"}
    severity: warning
    kinds: [sdk-payment, sdk-billing-key, rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      - path: buyer_email
        that: &plausible-buyer-email
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 65}
            - {path: ., format: email}
      - path: 'schedules[*].buyer_email'
        that: *plausible-buyer-email
      - path: customer_email
        that:
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - path: .
              length: {min: 201}
            - {path: ., format: email}
    message:
      en: "`{field}` is not a plausible e-mail address: {value}; KCP may refuse a malformed buyer e-mail"
      ko: "`{field}` 값 {value}는 올바른 이메일 주소 형식이 아닙니다. KCP는 형식이 잘못된 구매자 이메일을 거절할 수 있습니다"
    rationale: >-
      KCP validates the buyer e-mail (result codes 8509 "buyer e-mail format", 9012). The check is a
      plausibility test (local@domain.tld), so it is a warning. Empty strings are not reported
      (the member is optional); values over the REST length limit are already field-length errors.
    source: https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1
    ref: KCP-BUY-004
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_email": "gildong@example.com", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "buyer_email": ""}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_email": "gildong@example", "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /buyer_email
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "buyer_email": "gildong.example.com"}'
          pointer: /buyer_email
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "buyer_email": "홍길동"}]}'
          pointer: /schedules/0/buyer_email
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_email": "gildong@"}'
          pointer: /customer_email

  - id: name-too-many-bytes
    title: {en: "`name` over KCP's 100-byte limit", ko: "`name`이 KCP의 100바이트 한도를 넘음"}
    severity: info
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: name
        that: &name-bytes-ok
          any:
            - not: {path: ., type: string}
            - path: .
              length: {min: 41}
            - path: .
              bytes: {max: 100}
      - path: 'schedules[*].name'
        that: *name-bytes-ok
    message:
      en: "`{field}` is longer than 100 bytes in UTF-8: if KCP receives it in UTF-8, its 100-byte product-name limit may cut it"
      ko: "`{field}`가 UTF-8 기준 100바이트를 넘습니다. KCP가 UTF-8로 받는 경우 상품명 한도(100바이트)에 걸려 잘릴 수 있습니다"
    rationale: >-
      PortOne limits `name` to 40 characters (v1 REST schema, field-length); KCP limits the product
      name to 100 bytes (PortOne's V2 KCP page, a fact about the PG). A Hangul syllable is 3 bytes in
      UTF-8, so 34 to 40 Hangul pass PortOne's limit but not KCP's. Changed from the reference's
      warning to info: the encoding KCP counts in is not documented, and in EUC-KR, KCP's
      traditional encoding, 40 Hangul are only 80 bytes.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-NAME-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "프리미엄 정기구독 연간 이용권 자동 갱신 결제"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독프리미엄 플랜 연간 이용권 자동결제 갱신 회차 일월분 결제 안내문"}'
          pointer: /name
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독프리미엄 플랜 연간 이용권 자동결제 갱신 회차 일월분 결제 안내문"}]}'
          pointer: /schedules/0/name

  - id: name-missing
    title: {en: "`name` is missing on /again", ko: "/again 요청에 `name` 누락"}
    severity: info
    kinds: [rest-again]
    assert:
      require: name
    message:
      en: "`name` is missing: the v1 API schema requires the order name on /subscribe/payments/again"
      ko: "`name`(주문명)이 없습니다. v1 API 스키마에서 /subscribe/payments/again의 `name`은 필수입니다"
    rationale: >-
      The v1 REST schema marks `name` required on /again (since at least 2023). The KCP page's own
      /again example and PortOne's Python client omit it, and whether the server enforces it is not
      known.
      Severity info, not the reference's warning: the KCP page (the highest authority) sends /again without `name`, so a payload that copies it must not draw a warning; the schema's requirement is real but its enforcement is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 3000}'
          pointer: /name

  - id: schedules-name-missing
    title: {en: "A scheduled charge has no `name`", ko: "예약 건의 `name` 누락"}
    severity: info
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].name'
    message:
      en: "`{field}` is missing: the v1 API schema requires an order name in every scheduled charge"
      ko: "`{field}`(주문명)이 없습니다. v1 API 스키마에서 예약 건마다 `name`은 필수입니다"
    rationale: >-
      ScheduleAnnotation in the v1 REST schema lists `name` as required (added between 2024-03 and
      2025-01); PortOne's older examples omit it and enforcement is not known.
      Severity info, not the reference's warning: PortOne's own schedule examples omit `name`, and enforcement of the schema's requirement is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900}]}'
          pointer: /schedules/0/name

  - id: name-missing-sdk-payment
    title: {en: "`name` is missing from a payment", ko: "결제 요청에 `name` 누락"}
    severity: info
    kinds: [sdk-payment]
    assert:
      require: name
    message:
      en: "`name` is not set: KCP shows the order name to the buyer as the product name"
      ko: "`name`(주문명)이 없습니다. 주문명은 KCP 결제창에 상품명으로 표시됩니다"
    rationale: >-
      The KCP page lists `name` without a question mark (a main parameter) and every KCP example
      sends it; KCP's result code 9007 is "product name missing". The SDK reference marks it
      optional, so this is advice only.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-NAME-003
    examples:
      valid:
        - '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "name": "당근 10kg", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
      invalid:
        - payload: '{"channelKey": "channel-key-4a1d7c2e-9b3f-4e8a-a1c5-2f6b8d9e0a7c", "pay_method": "card", "merchant_uid": "ORD-20300101-000601", "amount": 64900, "buyer_tel": "010-1234-5678", "m_redirect_url": "https://shop.example.com/payments/complete"}'
          pointer: /name

  # ===================================================================== REST installments
  - id: card-quota-below-installment-minimum
    title: {en: "Installments below 50,000 won", ko: "5만원 미만 할부 요청"}
    severity: warning
    kinds: [rest-onetime, rest-again, rest-schedule]
    when:
      not: *foreign-currency
    because:
      en: "the amount is in KRW"
      ko: "원화 결제입니다"
    assert:
      - path: card_quota
        that:
          any:
            - not:
                all:
                  - {path: ., type: integer}
                  - {path: ., gte: 2}
            - not: {path: $.amount, type: number}
            - {path: $.amount, gte: 50000}
      - path: 'schedules[*]'
        that:
          any:
            - not:
                all:
                  - {path: card_quota, type: integer}
                  - {path: card_quota, gte: 2}
            - not: {path: amount, type: number}
            - {path: amount, gte: 50000}
        message:
          en: "`{field}` asks for installments (`card_quota` of 2 or more), but its `amount` is below 50,000 won, the installment minimum (some issuers: 10,000 won)"
          ko: "`{field}`에서 할부(`card_quota` 2 이상)를 요청했지만 `amount`가 할부 결제 최소 금액인 5만원 미만입니다 (일부 카드사는 1만원 이상)"
    message:
      en: "`card_quota` asks for {value} monthly installments, but installments need an amount of at least 50,000 won (some issuers: 10,000 won)"
      ko: "`card_quota`로 {value}개월 할부를 요청했지만 할부 결제는 5만원 이상 결제 시 이용할 수 있습니다 (일부 카드사는 1만원 이상)"
    rationale: >-
      The KCP page: installments are available from 50,000 won (some issuers from 10,000 won); the
      v1 REST schema says the same of `card_quota` ("결제금액 50,000원 이상 한정"). A warning
      because of the issuer exceptions.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-Q-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 6, "name": "연간 이용권"}'
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000502", "amount": 9900, "card_quota": 0, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "card_quota": 3, "name": "정기구독 1개월"}'
          pointer: /card_quota
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 30000, "card_quota": 6, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "card_quota": 3, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0

  - id: card-quota-invalid
    title: {en: "`card_quota` is not 0 or 2 and more", ko: "`card_quota`가 0 또는 2 이상이 아님"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: card_quota
        that: &card-quota-ok
          any:
            - not: {path: ., type: number}
            - all:
                - {path: ., type: integer}
                - {path: ., gte: 0}
                - not: {path: ., equals: 1}
      - path: 'schedules[*].card_quota'
        that: *card-quota-ok
    message:
      en: "`{field}` must be 0 (lump sum) or a number of months from 2, found {value}"
      ko: "`{field}`는 0(일시불) 또는 2 이상의 할부 개월수여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema: `card_quota` is an integer, 0 for a lump sum (the default), otherwise 2 or
      more months ("2 이상의 integer 할부개월수"). There is no 1-month installment; KCP refuses
      malformed installment periods (result codes 8106, CC16).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-Q-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 12, "name": "연간 이용권"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 1, "name": "연간 이용권"}'
          pointer: /card_quota
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 120000, "card_quota": -3, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_quota
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 120000, "card_quota": 2.5, "name": "연간 이용권"}]}'
          pointer: /schedules/0/card_quota

  # ================================================================ REST string-typed members
  - id: rest-bypass-not-string
    title: {en: "REST `bypass` is an object", ko: "REST API의 `bypass`가 객체임"}
    severity: warning
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: bypass
        that: *not-object
      - path: 'schedules[*].bypass'
        that: *not-object
    message:
      en: "`{field}` must be a JSON string on the REST API (`JSON.stringify` the object): PortOne passes it to the PG unchanged"
      ko: "REST API의 `{field}`는 JSON 문자열이어야 합니다 (객체는 `JSON.stringify`로 변환해서 보내야 합니다). 포트원은 이 값을 가공 없이 PG사로 전달합니다"
    rationale: >-
      On /onetime, /again and in schedules, the v1 REST schema types `bypass` as a string: "JSON
      string 형식의 PG사별 파라미터, 가공 없이 그대로 PG사로 전달". Unlike IMP.request_pay, an object
      is not serialised for the merchant.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-BP-007
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "bypass": "{\"key\": \"value\"}"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "bypass": {"key": "value"}}'
          kind: rest-again
          pointer: /bypass
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "bypass": {"key": "value"}}'
          pointer: /bypass
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "bypass": {"key": "value"}}]}'
          pointer: /schedules/0/bypass

  - id: rest-notice-url-not-absolute
    title: {en: "REST `notice_url` is not an absolute URL", ko: "REST API의 `notice_url`이 절대 URL이 아님"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: notice_url
        that: &absolute-url-or-blank
          any:
            - not: {path: ., type: string}
            - not: {path: ., matches: '\S'}
            - {path: ., format: url}
      - path: 'schedules[*].notice_url'
        that: *absolute-url-or-blank
    message:
      en: "`{field}` must be an absolute http(s) URL, found {value}: PortOne's servers call it"
      ko: "`{field}`는 http(s)로 시작하는 절대 URL이어야 하는데 {value}입니다. 포트원 서버가 이 주소로 웹훅을 호출합니다"
    rationale: >-
      `notice_url` replaces the console's webhook URL for this payment and is called by PortOne's
      servers, so a relative path or a host without a scheme can never be reached and the result
      notification is lost.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-URL-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "https://shop.example.com/webhooks/portone"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "/api/webhooks/portone"}'
          pointer: /notice_url
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "notice_url": "shop.example.com/webhooks/portone"}]}'
          pointer: /schedules/0/notice_url

  - id: rest-notice-url-array
    title: {en: "REST `notice_url` is an array", ko: "REST API의 `notice_url`이 배열임"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: notice_url
        that: &not-array
          not: {path: ., type: array}
      - path: 'schedules[*].notice_url'
        that: *not-array
    message:
      en: "`{field}` takes one URL string on the REST API; an array of URLs is accepted only by IMP.request_pay"
      ko: "REST API의 `{field}`에는 URL 문자열 하나만 넣을 수 있습니다. URL 배열은 IMP.request_pay에서만 지원됩니다"
    rationale: >-
      The KCP page allows `notice_url` as a string or an array of strings in IMP.request_pay, but the
      v1 REST schema types it as a single string on /onetime, /again and in schedules.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-URL-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": "https://shop.example.com/webhooks/portone"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "notice_url": ["https://shop.example.com/webhooks/portone", "https://backup.example.com/webhooks/portone"]}'
          pointer: /notice_url
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "notice_url": ["https://shop.example.com/webhooks/portone"]}]}'
          pointer: /schedules/0/notice_url

  - id: custom-data-not-string
    title: {en: "REST `custom_data` is not a string", ko: "REST API의 `custom_data`가 문자열이 아님"}
    severity: info
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: custom_data
        type: string
      - path: 'schedules[*].custom_data'
        type: string
    message:
      en: "`{field}` is a string parameter on the REST API: send `JSON.stringify` of the object to control exactly what is stored and returned"
      ko: "REST API의 `{field}`는 문자열 파라미터입니다. 저장되고 조회될 값을 정확히 지정하려면 객체를 `JSON.stringify`로 변환해서 보내세요"
    rationale: >-
      The v1 REST schema types `custom_data` as a string on /onetime, /again and in schedules. Other
      PortOne operations say an object is stored as its JSON text, so an object most likely works;
      hence advice only.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "custom_data": "{\"plan\": \"monthly\"}"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "custom_data": {"plan": "monthly"}}'
          kind: rest-again
          pointer: /custom_data
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "custom_data": {"plan": "monthly"}}]}'
          pointer: /schedules/0/custom_data

  - id: promotion-id-prefix
    title: {en: "`promotion_id` does not start with promotion-id-", ko: "`promotion_id`가 promotion-id-로 시작하지 않음"}
    severity: error
    kinds: [rest-onetime, rest-again, rest-schedule]
    assert:
      - path: promotion_id
        that: &promotion-id-ok
          any:
            - not: {path: ., type: string}
            - {path: ., matches: '^promotion-id-'}
      - path: 'schedules[*].promotion_id'
        that: *promotion-id-ok
    message:
      en: "`{field}` must be a PortOne promotion id starting with `promotion-id-`, found {value}"
      ko: "`{field}`는 `promotion-id-`로 시작하는 포트원 프로모션 아이디여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema describes `promotion_id` as the id of a PortOne promotion, which starts
      with `promotion-id-`; any other value (a coupon code of the shop) matches no promotion.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-007
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "promotion_id": "promotion-id-8f1c2a7b"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월", "promotion_id": "SPRING2030"}'
          pointer: /promotion_id
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "promotion_id": "8f1c2a7b"}]}'
          pointer: /schedules/0/promotion_id

  - id: rest-field-not-for-kcp
    title: {en: "REST member not used by KCP", ko: "KCP에서 사용하지 않는 REST 파라미터"}
    severity: info
    kinds: [rest-onetime, rest-billing-key, rest-again, rest-schedule]
    assert:
      forbid:
        - interest_free_by_merchant
        - use_card_point
        - product_type
        - cash_receipt_type
        - cvc
        - secure_3d_charge_id
        - secure_3d_token
        - customer_id
        - extra.naverUseCfm
        - 'schedules[*].interest_free_by_merchant'
        - 'schedules[*].use_card_point'
        - 'schedules[*].product_type'
        - 'schedules[*].cash_receipt_type'
        - 'schedules[*].extra.naverUseCfm'
    message:
      en: "`{name}` is not used by NHN KCP (PortOne applies it for other gateways only), so it has no effect here"
      ko: "`{name}`는 NHN KCP에서 사용하지 않는 파라미터입니다 (다른 PG사 전용). KCP 결제에는 적용되지 않습니다"
    rationale: >-
      The v1 REST schema names the gateways of each of these members: `interest_free_by_merchant`
      (NICE, KSNET), `use_card_point` (NICE, KSNET, Smartro), `product_type` (KSNET, PayPal),
      `cash_receipt_type` (Toss Pay), `cvc` and `secure_3d_*` (Paymentwall), `customer_id` (Toss
      Payments), `extra.naverUseCfm` (Naver Pay). KCP is never among them.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-MISC-008
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 9900, "name": "정기구독 1개월"}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "ORD-20300101-000501", "amount": 120000, "card_quota": 3, "interest_free_by_merchant": true, "name": "연간 이용권"}'
          pointer: /interest_free_by_merchant
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "cvc": "123", "product_type": "real"}'
          pointers: [/cvc, /product_type]
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "customer_id": "member-20391"}'
          pointer: /customer_id
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월", "extra": {"naverUseCfm": "20300131"}}]}'
          pointer: /schedules/0/extra/naverUseCfm

  # ============================================================================ REST channel
  - id: rest-pg-kcp-billing
    title: {en: "`kcp_billing` channel on a key-in REST call", ko: "수기 결제 REST API에 `kcp_billing` 채널 사용"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      path: pg
      that:
        not: {path: ., matches: '^kcp_billing(\.|$)'}
    message:
      en: "`pg` is {value}, a KCP window-billing channel, which /subscribe/payments/onetime and /subscribe/customers do not support: use `kcp`, or `kcp.` followed by the site code of the KCP API channel"
      ko: "`pg` 값 {value}는 KCP 결제창 빌링 채널입니다. /subscribe/payments/onetime과 /subscribe/customers는 `kcp` 또는 `kcp.사이트코드` 형식의 KCP API 채널만 지원합니다"
    rationale: >-
      The v1 REST schema lists `kcp`, not `kcp_billing`, among the gateways of /onetime and of
      /subscribe/customers, and PortOne's billing-key rules say `kcp_billing` issues billing keys
      through the window only while `kcp` issues them through the API.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CH-008
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "kcp"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp_billing.AO09C"}'
          pointer: /pg
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f", "pg": "kcp_billing"}'
          pointer: /pg

  - id: rest-channel-key-missing
    title: {en: "`channel_key` missing on /subscribe/customers", ko: "/subscribe/customers 요청에 `channel_key` 누락"}
    severity: info
    kinds: [rest-billing-key]
    assert:
      requireAny: [channel_key, channel_group_id]
    message:
      en: "`channel_key` is missing: PortOne's API reference requires it on /subscribe/customers to select the KCP channel that issues the billing key"
      ko: "`channel_key`가 없습니다. 포트원 API 문서에서는 /subscribe/customers 요청에 빌링키를 발급할 KCP 채널의 `channel_key`를 필수로 요구합니다"
    rationale: >-
      The v1 REST schema marks `channel_key` required on POST /subscribe/customers/{customer_uid}
      since 2026-05-20; the KCP page's example predates that and omits it. Whether the server
      enforces it is not known. A smart-routing `channel_group_id` also selects the
      channels and is accepted instead.
      Severity info, not the reference's warning: the KCP page's billing-key example (the highest authority) omits `channel_key`, and whether the server enforces the schema's newer requirement is unknown.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CH-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_group_id": "channel-group-id-7d2f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "820213", "pwd_2digit": "00"}'
          pointer: /channel_key
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
          pointer: /channel_key

  - id: rest-channel-key-onetime
    title: {en: "`channel_key` on /subscribe/payments/onetime", ko: "/subscribe/payments/onetime 요청의 `channel_key`"}
    severity: info
    kinds: [rest-onetime]
    assert:
      forbid: channel_key
    message:
      en: "`channel_key` is not a documented parameter of /subscribe/payments/onetime: select the KCP channel with `pg` (`kcp`, or `kcp.` plus the site code) or `channelGroupId`"
      ko: "`channel_key`는 /subscribe/payments/onetime에 정의된 파라미터가 아닙니다. `pg`(`kcp` 또는 `kcp.사이트코드`)나 `channelGroupId`로 KCP 채널을 지정하세요"
    rationale: >-
      The v1 REST schema defines `pg` and `channelGroupId` on /onetime but not `channel_key` (unlike
      /again, /schedule and /subscribe/customers). If the server ignores it, the default API channel
      is used.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CH-011
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "pg": "kcp.AO09C"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /channel_key

  # =============================================================================== card data
  - id: card-number-missing
    title: {en: "`card_number` is missing", ko: "`card_number` 누락"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: card_number
    message:
      en: "`card_number` is required: the card number as dddd-dddd-dddd-dddd"
      ko: "`card_number`(카드번호)는 필수입니다 (dddd-dddd-dddd-dddd 형식)"
    rationale: >-
      The v1 REST schema requires `card_number` on /subscribe/payments/onetime and
      /subscribe/customers: a key-in payment and an API billing key are made from the card data.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-001
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          kind: rest-onetime
          pointer: /card_number
        - payload: '{"expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number

  - id: card-number-length
    title: {en: "`card_number` does not have 14 to 16 digits", ko: "`card_number`가 14~16자리가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., matches: '^[ -]*(\d[ -]*){14,16}$'}
    message:
      en: "`card_number` must hold 14 to 16 digits (hyphens and spaces aside): PortOne cuts numbers longer than 16 digits"
      ko: "`card_number`는 하이픈과 공백을 제외하고 14~16자리 숫자여야 합니다. 16자리를 넘는 번호는 포트원에서 잘립니다"
    rationale: >-
      Card numbers of domestic cards have 16 digits, AMEX 15 and Diners 14. PortOne silently
      truncates numbers longer than 16 digits (iamport-manual issue 23), and KCP refuses malformed
      card numbers (result codes 8107, CC14). Letters or other symbols fail the check too.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-002
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "3782-822463-10005", "expiry": "2030-12", "birth": "900101"}'
        - '{"card_number": "3056-930902-5904", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111-123", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number
        - payload: '{"card_number": "4111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-111X", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /card_number

  - id: card-number-layout
    title: {en: "16-digit `card_number` not written as dddd-dddd-dddd-dddd", ko: "16자리 `card_number`가 dddd-dddd-dddd-dddd 형식이 아님"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '^[ -]*(\d[ -]*){16}$'}
          - {path: ., matches: '^\d{4}-\d{4}-\d{4}-\d{4}$'}
    message:
      en: "`card_number` should be written as dddd-dddd-dddd-dddd, the layout PortOne documents for 16-digit numbers"
      ko: "16자리 `card_number`는 포트원 문서의 형식인 dddd-dddd-dddd-dddd로 입력해야 합니다"
    rationale: >-
      The v1 REST schema describes `card_number` as "카드번호(dddd-dddd-dddd-dddd) 기재 양식을
      유의하세요" on /onetime, /schedule and /subscribe/customers. Other layouts are not documented, so
      a warning. 14- and 15-digit numbers (Diners, AMEX) have no documented layout and are not
      checked.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-003
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "378282246310005", "expiry": "2030-12", "birth": "900101"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111111111111111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /card_number
        - payload: '{"card_number": "4111 1111 1111 1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number

  - id: card-number-luhn
    title: {en: "`card_number` fails the Luhn check", ko: "`card_number`가 Luhn 검사를 통과하지 못함"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: card_number
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '^[ -]*(\d[ -]*){14,16}$'}
          - {path: ., format: luhn}
    message:
      en: "`card_number` is not a valid card number: it fails the Luhn check, like the documentation's placeholder 1234-1234-1234-1234"
      ko: "`card_number`가 유효한 카드번호가 아닙니다. 문서 예시의 1234-1234-1234-1234처럼 Luhn 검사를 통과하지 못합니다"
    rationale: >-
      Every issued card number passes the Luhn check digit; one that fails is a typo or a
      placeholder, such as the KCP page's `1234-1234-1234-1234`, and is refused as an invalid card
      (KCP result codes 8108, CC14). A warning because test environments may use made-up numbers.
      Numbers of the wrong length are `card-number-length`.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-004
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "card_number": "1234-1234-1234-1234", "expiry": "2030-12", "birth": "900101", "amount": 3000}'
          pointer: /card_number
        - payload: '{"card_number": "4111-1111-1111-1112", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /card_number

  - id: expiry-missing
    title: {en: "`expiry` is missing", ko: "`expiry` 누락"}
    severity: error
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: expiry
    message:
      en: "`expiry` is required: the card expiry as YYYY-MM"
      ko: "`expiry`(카드 유효기간)은 필수입니다 (YYYY-MM 형식)"
    rationale: >-
      The v1 REST schema requires `expiry` on /subscribe/payments/onetime and /subscribe/customers.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-005
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry

  - id: expiry-format
    title: {en: "`expiry` is not YYYY-MM", ko: "`expiry`가 YYYY-MM 형식이 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: expiry
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., format: card-expiry}
    message:
      en: "`expiry` must be YYYY-MM with a month from 01 to 12, such as 2030-12 (not MM/YY or YYYYMM)"
      ko: "`expiry`는 2030-12처럼 YYYY-MM 형식이어야 합니다 (MM/YY, YYYYMM 형식은 사용할 수 없습니다)"
    rationale: >-
      The v1 REST schema: "카드 유효기간(YYYY-MM) 기재 양식을 유의하세요". The card's own MM/YY layout
      and compact YYYYMM are common mistakes; KCP refuses malformed expiries (result code 8109).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-005
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "12/30", "birth": "900101", "pwd_2digit": "12"}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "203012", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-13", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /expiry

  - id: expiry-past
    title: {en: "Card has expired", ko: "카드 유효기간이 지남"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    when:
      path: expiry
      type: string
    because:
      en: "a card is valid through the last day of its expiry month (Korea time)"
      ko: "카드는 유효기간 월의 마지막 날(한국 시간)까지 사용할 수 있습니다"
    assert:
      path: expiry
      notPast: true
    message:
      en: "`expiry` is in the past: the card has expired and KCP will refuse it"
      ko: "`expiry`가 이미 지난 날짜입니다. 유효기간이 지난 카드는 KCP에서 거절됩니다"
    rationale: >-
      An expired card is refused (KCP result codes CC54, CC55). The KCP page's /onetime examples send
      `expiry: "2019-01"` and its /subscribe/customers example `2025-12`, both past; copied as they
      are, they fail. The month counts until its last moment, Korea time.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-006
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2026-01", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "card_number": "4111-1111-1111-1111", "expiry": "2019-01", "birth": "900101", "amount": 3000}'
          pointer: /expiry
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2025-12", "birth": "820213", "pwd_2digit": "00", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /expiry

  - id: birth-format
    title: {en: "`birth` is not YYMMDD or a business number", ko: "`birth`가 생년월일 6자리나 사업자등록번호가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: birth
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., format: yymmdd}
          - {path: ., matches: '^\d{10}$'}
    message:
      en: "`birth` must be a date of birth as 6 digits YYMMDD (a real date) or, for a corporate card, the 10-digit business number"
      ko: "`birth`는 생년월일 6자리(YYMMDD, 실제 날짜) 또는 법인카드의 경우 사업자등록번호 10자리여야 합니다"
    rationale: >-
      The v1 REST schema: "생년월일6자리(YYMMDD) (법인카드의 경우 사업자등록번호10자리)". An 8-digit
      YYYYMMDD, separators or an impossible date are refused by KCP (result codes 8110, CC66).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1
    ref: KCP-CD-007
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "1208147521", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "19900101", "pwd_2digit": "12"}'
          pointer: /birth
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "901301", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /birth
        - payload: '{"merchant_uid": "ORD-20300101-000402", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "90-01-01", "pwd_2digit": "12"}'
          pointer: /birth

  - id: birth-missing
    title: {en: "`birth` is missing", ko: "`birth` 누락"}
    severity: warning
    kinds: [rest-onetime, rest-billing-key]
    assert:
      require: birth
    message:
      en: "`birth` is missing: KCP checks the card holder's date of birth (or business number) for key-in payments and API billing keys"
      ko: "`birth`(생년월일 6자리 또는 사업자등록번호 10자리)가 없습니다. KCP는 수기 결제와 API 빌링키 발급 시 카드 소유자의 생년월일을 확인합니다"
    rationale: >-
      Every KCP example of /onetime and /subscribe/customers sends `birth`, and PortOne's V2 KCP page
      (a fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks
      it "varies by PG or contract", so a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-008
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "pwd_2digit": "12"}'
          pointer: /birth
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /birth

  - id: pwd-2digit-format
    title: {en: "`pwd_2digit` is not 2 digits", ko: "`pwd_2digit`가 숫자 2자리가 아님"}
    severity: error
    kinds: [rest-onetime, rest-billing-key, rest-schedule]
    assert:
      path: pwd_2digit
      that:
        any:
          - not: {path: ., type: string}
          - not: {path: ., matches: '\S'}
          - {path: ., matches: '^\d{2}$'}
    message:
      en: "`pwd_2digit` must be the first 2 digits of the card password, exactly 2 digits"
      ko: "`pwd_2digit`는 카드 비밀번호 앞 2자리 숫자여야 합니다"
    rationale: >-
      The v1 REST schema: "카드비밀번호 앞 2자리". The whole 4-digit password, or a single digit, is
      refused (KCP result codes 8111, CC63) and must never be sent in full.
    source: https://developers.portone.io/api/rest-v1/billingkey?v=v1
    ref: KCP-CD-009
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "00", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "1234", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /pwd_2digit
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "1"}'
          pointer: /pwd_2digit
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "ab", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /pwd_2digit

  - id: pwd-2digit-missing
    title: {en: "`pwd_2digit` missing on /subscribe/customers", ko: "/subscribe/customers 요청에 `pwd_2digit` 누락"}
    severity: warning
    kinds: [rest-billing-key]
    assert:
      require: pwd_2digit
    message:
      en: "`pwd_2digit` is missing: KCP needs the first 2 digits of the card password to issue a billing key through the API"
      ko: "`pwd_2digit`(카드 비밀번호 앞 2자리)가 없습니다. KCP API 빌링키 발급에는 카드 비밀번호 앞 2자리가 필요합니다"
    rationale: >-
      The KCP page's /subscribe/customers example sends `pwd_2digit`, and PortOne's V2 KCP page (a
      fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks it
      "varies by PG or contract", so a warning.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-010
    examples:
      valid:
        - '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
      invalid:
        - payload: '{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "channel_key": "channel-key-9c2b5e1f-3d4a-4b6c-8e7f-0a1b2c3d4e5f"}'
          pointer: /pwd_2digit

  - id: pwd-2digit-missing-onetime
    title: {en: "`pwd_2digit` not sent on /onetime", ko: "/onetime 요청에 `pwd_2digit` 없음"}
    severity: info
    kinds: [rest-onetime]
    assert:
      require: pwd_2digit
    message:
      en: "`pwd_2digit` is not sent: depending on the KCP contract, key-in payments (and billing keys saved with `customer_uid`) need the first 2 digits of the card password"
      ko: "`pwd_2digit`가 없습니다. KCP 계약에 따라 수기 결제(및 `customer_uid`로 함께 저장하는 빌링키)에 카드 비밀번호 앞 2자리가 필요할 수 있습니다"
    rationale: >-
      The KCP page's /onetime examples omit `pwd_2digit`, while the legacy KCP API guide and
      PortOne's Python client send it and PortOne's V2 KCP page requires it for API billing keys.
      Advice only, because the KCP page's own example works without it.
    source: https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1
    ref: KCP-CD-010
    examples:
      valid:
        - '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12"}'
      invalid:
        - payload: '{"merchant_uid": "ORD-20300101-000401", "amount": 55000, "name": "가습기", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}'
          pointer: /pwd_2digit

  - id: schedule-card-fields-incomplete
    title: {en: "Incomplete card data on /schedule", ko: "/schedule 요청의 카드 정보가 불완전함"}
    severity: error
    kinds: [rest-schedule]
    when:
      any:
        - present: card_number
        - present: expiry
        - present: birth
        - present: pwd_2digit
    because:
      en: "the body carries card data, so a new billing key is issued before scheduling"
      ko: "카드 정보가 있으므로 예약 전에 빌링키를 새로 발급합니다"
    assert:
      require: [card_number, expiry, birth]
    message:
      en: "`{field}` is missing: with card data, /subscribe/payments/schedule first issues a billing key and needs `card_number`, `expiry` and `birth` together"
      ko: "`{field}`가 없습니다. 카드 정보를 보내면 /subscribe/payments/schedule은 빌링키를 먼저 발급하므로 `card_number`, `expiry`, `birth`를 모두 입력해야 합니다"
    rationale: >-
      The REST reference of /subscribe/payments/schedule: with a `customer_uid` that has no billing
      key yet, a key is issued first and the card data is mandatory; with an existing key it is
      optional. A body with only part of the card data can do neither.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-CD-011
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /birth
        - payload: '{"customer_uid": "cust_8f14e45f_card02", "pwd_2digit": "12", "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointers: [/card_number, /expiry, /birth]

  # ============================================================================ schedule shape
  - id: schedules-again-body
    title: {en: "/again body sent to /schedule", ko: "/schedule에 /again 요청 본문을 보냄"}
    severity: error
    kinds: [rest-schedule]
    when:
      all:
        - absent: schedules
        - any:
            - present: merchant_uid
            - present: amount
    because:
      en: "the body has a top-level `merchant_uid` or `amount` and no `schedules`"
      ko: "`schedules` 없이 최상위에 `merchant_uid`나 `amount`가 있습니다"
    assert:
      require: schedules
    stop: true
    message:
      en: "this is the /subscribe/payments/again body (`customer_uid`, `merchant_uid`, `amount`), not a schedule: /subscribe/payments/schedule takes `customer_uid` and `schedules`, an array of charges each with `merchant_uid`, `schedule_at` and `amount`"
      ko: "/subscribe/payments/again 요청 본문(`customer_uid`, `merchant_uid`, `amount`)이며 예약 결제 본문이 아닙니다. /subscribe/payments/schedule에는 `customer_uid`와, 예약 건마다 `merchant_uid`, `schedule_at`, `amount`를 가진 배열 `schedules`를 보내야 합니다"
    rationale: >-
      The KCP page's "API 빌링키 예약/반복 결제 요청하기" example (in the seed and still on the current
      page) posts `{customer_uid, merchant_uid, amount}` to /subscribe/payments/again instead of
      showing a schedule. Sent to /subscribe/payments/schedule, that body has no `schedules` and is
      refused. The rule stops further checks: the body belongs to another endpoint, and every other
      finding would only repeat that.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-002
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
        - '{"customer_uid": "your-customer-unique-id", "merchant_uid": "order_id_8237352", "amount": 3000}'
      invalid:
        - payload: '{"customer_uid": "your-customer-unique-id", "merchant_uid": "order_id_8237352", "amount": 3000}'
          kind: rest-schedule
          pointer: /schedules
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "amount": 9900, "name": "정기구독 2030년 1월"}'
          kind: rest-schedule
          pointer: /schedules

  - id: schedule-at-missing
    title: {en: "A scheduled charge has no `schedule_at`", ko: "예약 건의 `schedule_at` 누락"}
    severity: error
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].schedule_at'
    message:
      en: "`{field}` is required: when to charge, as a Unix time in seconds"
      ko: "`{field}`(결제 예약 시각)은 필수입니다. 초 단위 UNIX timestamp로 입력해야 합니다"
    rationale: >-
      `schedule_at` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST
      schema).
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedule-at-not-unix-seconds
    title: {en: "`schedule_at` is not Unix seconds", ko: "`schedule_at`이 초 단위 UNIX timestamp가 아님"}
    severity: error
    kinds: [rest-schedule]
    assert:
      - path: 'schedules[*].schedule_at'
        that:
          not: &looks-like-milliseconds
            all:
              - {path: ., type: integer}
              - {path: ., gte: 100000000000}
        message:
          en: "`{field}` is {value}, a time in milliseconds: `schedule_at` takes Unix seconds (divide by 1000)"
          ko: "`{field}` 값 {value}는 밀리초 단위입니다. `schedule_at`은 초 단위 UNIX timestamp여야 합니다 (1000으로 나누세요)"
      - path: 'schedules[*].schedule_at'
        that:
          not: &has-fraction
            all:
              - {path: ., type: number}
              - not: {path: ., type: integer}
        message:
          en: "`{field}` is {value}: `schedule_at` must be a whole number of seconds"
          ko: "`{field}` 값 {value}는 정수가 아닙니다. `schedule_at`은 초 단위 정수여야 합니다"
      - path: 'schedules[*].schedule_at'
        that:
          any:
            - {path: ., format: unix-seconds}
            - *looks-like-milliseconds
            - *has-fraction
    message:
      en: "`{field}` must be a Unix time in seconds as a JSON integer (such as 1893423600), found {value}"
      ko: "`{field}`는 1893423600처럼 초 단위 UNIX timestamp 정수여야 하는데 {value}입니다"
    rationale: >-
      The v1 REST schema: `schedule_at` is an integer, "결제요청 예약시각(초) (UNIX timestamp in
      seconds)". JavaScript's Date.now() gives milliseconds, which read as seconds land tens of
      thousands of years ahead; a fraction or a date string is not a Unix time.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600000, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600.5, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": "2030-01-01 00:00:00", "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedule-at-past
    title: {en: "`schedule_at` is in the past", ko: "`schedule_at`이 이미 지난 시각임"}
    severity: warning
    kinds: [rest-schedule]
    assert:
      path: 'schedules[*].schedule_at'
      notPast: true
    message:
      en: "`{field}` is in the past: PortOne documents no behaviour for a past `schedule_at`, so the charge may run at once or be refused"
      ko: "`{field}`가 이미 지난 시각입니다. 지난 시각으로 예약한 경우의 동작은 문서화되어 있지 않아 즉시 결제되거나 거절될 수 있습니다"
    rationale: >-
      A schedule is meant for a future time; the REST reference documents no behaviour for a past
      `schedule_at`, which usually comes from a wrong clock, a reused fixture or seconds and
      milliseconds mixed up. A warning because the outcome is unknown.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-003
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20190101-0001", "schedule_at": 1546268400, "currency": "KRW", "amount": 9900, "name": "정기구독 2019년 1월"}, {"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/schedule_at

  - id: schedules-currency-missing
    title: {en: "A scheduled charge has no `currency`", ko: "예약 건의 `currency` 없음"}
    severity: info
    kinds: [rest-schedule]
    assert:
      require: 'schedules[*].currency'
    message:
      en: "`{field}` is not set: the v1 API schema lists `currency` as required in schedules (KRW when omitted); send `KRW` to be explicit"
      ko: "`{field}`가 없습니다. v1 API 스키마에서 예약 건의 `currency`는 필수로 표시되어 있습니다 (생략하면 KRW). `KRW`를 명시적으로 보내는 것을 권장합니다"
    rationale: >-
      ScheduleAnnotation lists `currency` as required (since 2023-08 to 2024-03) with the default
      KRW, while PortOne's own examples omit it. Advice only.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-004
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/currency

  - id: checking-amount-invalid
    title: {en: "`checking_amount` is not a whole number of 0 or more", ko: "`checking_amount`가 0 이상의 정수가 아님"}
    severity: error
    kinds: [rest-schedule]
    assert:
      path: checking_amount
      that:
        all:
          - {path: ., type: integer}
          - {path: ., gte: 0}
    message:
      en: "`checking_amount` must be a whole number of won, 0 or more (0 = no test charge), found {value}"
      ko: "`checking_amount`는 0 이상의 정수여야 하는데 {value}입니다 (0이면 테스트 승인을 하지 않습니다)"
    rationale: >-
      The v1 REST schema types `checking_amount` as an integer: an amount approved and cancelled
      right away to check the card, 0 for no check.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    ref: KCP-SCH-005
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card02", "card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101", "pwd_2digit": "12", "checking_amount": 1000, "schedules": [{"merchant_uid": "SUB-20300101-0002", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": -1000, "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /checking_amount
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "checking_amount": "1000", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /checking_amount

  - id: schedules-imp-uid
    title: {en: "`imp_uid` in a scheduled charge", ko: "예약 건의 `imp_uid`"}
    severity: warning
    kinds: [rest-schedule]
    assert:
      forbid: 'schedules[*].imp_uid'
    message:
      en: "`imp_uid` is not a parameter of a scheduled charge: PortOne assigns it when the charge runs; identify each scheduled charge with `merchant_uid`"
      ko: "`imp_uid`는 예약 건의 파라미터가 아닙니다. `imp_uid`는 결제가 실행될 때 포트원이 부여하며, 예약 건은 `merchant_uid`로 구분합니다"
    rationale: >-
      ScheduleAnnotation has no `imp_uid`: it appears only in responses (schedule lookups). Sent in
      a request it is ignored, and an item that relies on it for identity usually lacks its
      `merchant_uid`.
    source: https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1
    examples:
      valid:
        - '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
      invalid:
        - payload: '{"customer_uid": "cust_8f14e45f_card01", "schedules": [{"imp_uid": "imp_123456789012", "merchant_uid": "SUB-20300101-0001", "schedule_at": 1893423600, "currency": "KRW", "amount": 9900, "name": "정기구독 2030년 1월"}]}'
          pointer: /schedules/0/imp_uid
"""#####),
    ]

    /// The same files as JSON without their examples (see `CompiledCatalogue`).
    static let compiled: [(name: String, json: String)] = [
        ("00-catalogue.yaml", #####"{"catalogue":"kcp","version":1,"description":"Request constraints of the NHN KCP gateway through PortOne's v1 API: the browser SDK call IMP.request_pay (payments and billing-key issuance) and the REST calls /subscribe/payments/onetime, /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.","policy":"error   = PortOne or KCP will reject the request, or silently do the wrong thing with it.\nwarning = very likely a bug, deprecated, or not documented for KCP.\ninfo    = advice: the request works, but something is worth knowing.\nA payload that follows PortOne's documentation draws no error and no warning from a rule that the\ndocumentation does not support. Where sources disagree, the rule's rationale says which one wins\n(order: the current KCP page, the v1 OpenAPI schema, the SDK parameter reference, other PortOne\npages, PortOne's SDK wrappers, the legacy manual).","kinds":[{"id":"rest-schedule","title":{"en":"POST /subscribe/payments/schedule","ko":"POST /subscribe/payments/schedule (예약 결제)"},"endpoint":"POST /subscribe/payments/schedule","detect":{"present":"schedules"}},{"id":"rest-onetime","title":{"en":"POST /subscribe/payments/onetime","ko":"POST /subscribe/payments/onetime (수기 결제)"},"endpoint":"POST /subscribe/payments/onetime","detect":{"all":[{"present":"card_number"},{"any":[{"present":"merchant_uid"},{"present":"amount"}]}]}},{"id":"rest-billing-key","title":{"en":"POST /subscribe/customers/{customer_uid}","ko":"POST /subscribe/customers/{customer_uid} (빌링키 발급)"},"endpoint":"POST /subscribe/customers/{customer_uid}","detect":{"any":[{"present":"card_number"},{"present":"pwd_2digit"},{"present":"customer_name"},{"present":"customer_tel"},{"present":"customer_email"}]}},{"id":"sdk-billing-key","title":{"en":"IMP.request_pay issuing a billing key","ko":"IMP.request_pay 빌링키 발급"},"endpoint":"IMP.request_pay(param) with customer_uid","detect":{"all":[{"present":"customer_uid"},{"any":[{"present":"channelKey"},{"present":"pg"},{"present":"pay_method"},{"present":"m_redirect_url"},{"present":"app_scheme"},{"present":"display"},{"present":"card"},{"present":"appCard"},{"present":"escrow"},{"present":"kcpProducts"},{"present":"prefill"},{"present":"language"},{"present":"company"},{"present":"vbank_due"},{"present":"digital"},{"present":"auth_mode"},{"present":"confirm_url"},{"present":"popup"}]}]}},{"id":"sdk-payment","title":{"en":"IMP.request_pay for a payment","ko":"IMP.request_pay 일반 결제"},"endpoint":"IMP.request_pay(param)","detect":{"all":[{"absent":"customer_uid"},{"absent":"card_number"},{"any":[{"any":[{"present":"channelKey"},{"present":"pg"},{"present":"pay_method"},{"present":"m_redirect_url"},{"present":"app_scheme"},{"present":"display"},{"present":"card"},{"present":"appCard"},{"present":"escrow"},{"present":"kcpProducts"},{"present":"prefill"},{"present":"language"},{"present":"company"},{"present":"vbank_due"},{"present":"digital"},{"present":"auth_mode"},{"present":"confirm_url"},{"present":"popup"}]},{"present":"merchant_uid"},{"present":"amount"}]}]}},{"id":"rest-again","title":{"en":"POST /subscribe/payments/again","ko":"POST /subscribe/payments/again (빌링키 결제)"},"endpoint":"POST /subscribe/payments/again","detect":{"present":"customer_uid"}}],"rules":[{"id":"json-syntax","builtin":true,"title":{"en":"The payload is not valid JSON","ko":"JSON 문법 오류"},"severity":"error","rationale":"PortOne parses request bodies as JSON and the SDK receives a JavaScript object; a payload file that is not RFC 8259 JSON (comments, trailing commas, single quotes, invalid UTF-8) cannot be what is sent.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"json-duplicate-key","builtin":true,"title":{"en":"A key appears twice in one object","ko":"한 객체에 같은 키가 두 번 있음"},"severity":"error","rationale":"JSON parsers disagree on duplicate keys (some keep the first value, some the last), so a payment body with `amount` twice is ambiguous. kcplint reports the second key and checks the first value.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"json-bom","builtin":true,"title":{"en":"The file starts with a byte-order mark","ko":"파일이 BOM으로 시작함"},"severity":"warning","rationale":"RFC 8259 forbids a byte-order mark in JSON sent over a network; some HTTP clients send it as part of the body. The rest of the document is still checked.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"json-limit","builtin":true,"title":{"en":"The payload exceeds a reader limit","ko":"입력이 읽기 한도를 넘음"},"severity":"error","rationale":"Request bodies are small; a file larger than the size limit or nested deeper than the depth limit is not a payment request, and reading it without bounds would put the tool (or a service using the library) at risk.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"payload-shape","builtin":true,"title":{"en":"The payload is not a request object","ko":"요청 객체가 아님"},"severity":"error","rationale":"IMP.request_pay takes one object and every REST body is a JSON object. A payload file may also hold an array of request objects, each checked on its own.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"},{"id":"kind-unknown","builtin":true,"title":{"en":"The request kind cannot be told","ko":"요청 종류를 판별할 수 없음"},"severity":"error","rationale":"Which constraints apply depends on the call (IMP.request_pay or one of four REST endpoints). When no kind's detection holds, kcplint says so instead of guessing; pass --kind to choose.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"field-unknown","builtin":true,"title":{"en":"Unknown member","ko":"알 수 없는 파라미터"},"severity":"warning","message":{"en":"`{name}` is not a parameter of this request{suggestion}","ko":"`{name}`은(는) 이 요청의 파라미터가 아닙니다{suggestion}"},"rationale":"PortOne ignores parameters it does not know, so a misspelled key (`merchantUid`, `buyer_postalcode`) silently drops the value. The suggestion comes from the field dictionary.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"},{"id":"field-type","builtin":true,"title":{"en":"Wrong JSON type","ko":"잘못된 JSON 타입"},"severity":"error","message":{"en":"`{field}` must be {expected}, found {actual}","ko":"`{field}`은(는) {expected}이어야 하는데 {actual}입니다"},"rationale":"PortOne documents a type for every parameter; a string where a number or boolean belongs (`\"amount\": \"10,000\"`, `\"escrow\": \"false\"`) is either rejected or read the wrong way.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"},{"id":"field-enum","builtin":true,"title":{"en":"Value not allowed","ko":"허용되지 않는 값"},"severity":"error","message":{"en":"`{field}` must be one of {expected}, found {value}","ko":"`{field}` 값은 {expected} 중 하나여야 하는데 {value}입니다"},"rationale":"The parameter takes only the documented values.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"field-format","builtin":true,"title":{"en":"Value in the wrong format","ko":"값의 형식이 잘못됨"},"severity":"error","message":{"en":"`{field}` must be {expected}, found {value}","ko":"`{field}`은(는) {expected} 형식이어야 하는데 {value}입니다"},"rationale":"The parameter has a documented format (URL, date, card expiry, digits).","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"},{"id":"field-length","builtin":true,"title":{"en":"Value too long or too short","ko":"값의 길이가 허용 범위를 벗어남"},"severity":"error","message":{"en":"`{field}` must be {expected}, found {actual}","ko":"`{field}`은(는) {expected}이어야 하는데 {actual}입니다"},"rationale":"PortOne's v1 API schema limits the length of identifiers and buyer fields.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"field-range","builtin":true,"title":{"en":"Number out of range","ko":"숫자가 허용 범위를 벗어남"},"severity":"error","message":{"en":"`{field}` must be {expected}, found {value}","ko":"`{field}`은(는) {expected}이어야 하는데 {value}입니다"},"rationale":"The parameter has a documented numeric range.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"field-items","builtin":true,"title":{"en":"Wrong number of items","ko":"배열 항목 수가 잘못됨"},"severity":"error","message":{"en":"`{field}` must have {expected}, found {actual}","ko":"`{field}`에는 {expected}이 있어야 하는데 {actual}입니다"},"rationale":"The array has a documented number of items.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1"},{"id":"field-required","builtin":true,"title":{"en":"Required member missing","ko":"필수 파라미터 누락"},"severity":"error","message":{"en":"`{field}` is required","ko":"`{field}`은(는) 필수입니다"},"rationale":"The member is documented as required wherever its parent object is sent.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"field-deprecated","builtin":true,"title":{"en":"Deprecated member","ko":"지원 중단 예정 파라미터"},"severity":"warning","message":{"en":"`{field}` is deprecated: {expected}","ko":"`{field}`은(는) 지원 중단 예정입니다: {expected}"},"rationale":"PortOne marks the member as deprecated and names its replacement.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"diagnostics-truncated","builtin":true,"title":{"en":"Too many diagnostics","ko":"진단이 너무 많음"},"severity":"info","rationale":"After the per-file limit kcplint stops listing diagnostics for the file and says how many were left out, so one broken file cannot flood a CI log.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"secret-card-number","builtin":true,"title":{"en":"A real card number in the payload","ko":"페이로드에 실제 카드 번호가 있음"},"severity":"warning","rationale":"Payload files end up in repositories, CI logs and tickets. A 13-19 digit string with a card-network prefix that passes the Luhn check is very likely a real card number (published test card numbers such as 4111-1111-1111-1111 are excepted). kcplint reports where it is without printing it, and masks it everywhere it prints payload text.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1"},{"id":"secret-credential","builtin":true,"title":{"en":"A PortOne API credential in the payload","ko":"페이로드에 포트원 API 인증 정보가 있음"},"severity":"warning","rationale":"The REST API key and secret (`imp_key`, `imp_secret`) and access tokens belong in the server's secret store, not in request bodies or committed payload files. kcplint reports the member without printing its value.","source":"https://developers.portone.io/api/rest-v1/auth?v=v1"}]}"#####),
        ("10-sdk-fields.yaml", #####"{"catalogue":"kcp-sdk-fields","version":1,"description":"Field dictionary of IMP.request_pay (PortOne v1 JavaScript SDK) for NHN KCP payments and billing keys issued through the KCP window.","fieldSets":{"sdk-common":{"channelKey":{"type":"string","title":{"en":"Channel key","ko":"채널키"}},"pg":{"type":"string","title":{"en":"PG code (deprecated)","ko":"PG사 구분코드 (지원 중단 예정)"},"deprecated":{"en":"upgrade to the latest JavaScript SDK and select the channel with `channelKey` (PortOne console: Integration > Integration info > Channel management)","ko":"JS SDK를 최신 버전으로 업그레이드한 후 `channelKey` 파라미터로 채널을 지정하세요 (포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리])"},"replacement":"channelKey"},"pay_method":{"type":"string","title":{"en":"Payment method code","ko":"결제수단 구분코드"}},"merchant_uid":{"type":"string","title":{"en":"Merchant order number","ko":"고객사 주문 고유 번호"},"maxLength":40,"required":true},"name":{"type":"string","title":{"en":"Order name","ko":"주문명"}},"currency":{"type":"string","title":{"en":"Currency","ko":"결제통화 구분코드"}},"buyer_name":{"type":"string","title":{"en":"Buyer name","ko":"구매자 이름"}},"buyer_email":{"type":"string","title":{"en":"Buyer e-mail","ko":"구매자 이메일"}},"buyer_tel":{"type":"string","title":{"en":"Buyer phone number","ko":"구매자 연락처"}},"buyer_addr":{"type":"string","title":{"en":"Buyer address","ko":"구매자 주소"}},"buyer_postcode":{"type":"string","title":{"en":"Buyer postcode","ko":"구매자 우편번호"}},"m_redirect_url":{"type":"string","format":"url","title":{"en":"Redirect URL after a mobile payment","ko":"모바일 결제 완료 후 리디렉션될 URL"}},"app_scheme":{"type":"string","title":{"en":"App URL scheme (WebView)","ko":"앱 복귀용 URL scheme (WebView)"}},"notice_url":{"type":["string","array"],"items":{"type":"string"},"title":{"en":"Webhook URL(s) for this payment","ko":"웹훅 수신 URL"}},"confirm_url":{"type":"string","format":"url","title":{"en":"Confirm-process endpoint","ko":"confirm process 엔드포인트 URL"}},"custom_data":{"type":"any","title":{"en":"Merchant data echoed back","ko":"사용자 정의 데이터"}},"language":{"type":"string","enum":["ko","en"],"severity":"warning","title":{"en":"Payment window language","ko":"결제창 언어"}},"company":{"type":"string","title":{"en":"Merchant name shown in the window","ko":"결제창에 표시될 상호명"}}},"sdk-card":{"card":{"type":"object","title":{"en":"Card options","ko":"카드 결제 세부 설정"},"properties":{"direct":{"type":"object","title":{"en":"Card company direct call","ko":"카드사 다이렉트 호출 정보"},"properties":{"code":{"type":"string","title":{"en":"Card company code","ko":"카드사 코드"}},"quota":{"type":"integer","title":{"en":"Fixed installment months (+ card-point offset)","ko":"고정 할부 개월수 (카드사 포인트 사용 시 가산)"}}}},"detail":{"type":"array","title":{"en":"Card companies shown in the window","ko":"카드사 렌더링 정보"},"items":{"type":"object","properties":{"card_code":{"type":"string","title":{"en":"Card company code or *","ko":"카드사 코드 또는 *"}},"enabled":{"type":"boolean","title":{"en":"Shown or not","ko":"렌더링 여부"}},"max_month":{"type":"integer","title":{"en":"Merchant-paid interest-free months (not KCP)","ko":"상점 부담 무이자 최대 개월수 (KCP 미지원)"}}}}}}}},"sdk-payment-extra":{"amount":{"type":"integer","minimum":0,"required":true,"title":{"en":"Amount (KRW)","ko":"결제금액"}},"escrow":{"type":"boolean","title":{"en":"Escrow payment","ko":"에스크로 결제 여부"}},"kcpProducts":{"type":"array","title":{"en":"KCP escrow cart items","ko":"KCP 에스크로 장바구니 상품 정보"},"items":{"type":"object","properties":{"orderNumber":{"type":"string","required":true,"title":{"en":"Item order number","ko":"상품주문번호"}},"name":{"type":"string","required":true,"title":{"en":"Item name","ko":"상품명"}},"quantity":{"type":"integer","required":true,"title":{"en":"Quantity","ko":"수량"}},"amount":{"type":"integer","required":true,"title":{"en":"Item price","ko":"상품 가격"}}}}},"products":{"type":"array","items":{"type":"object","open":true},"title":{"en":"Toss Payments escrow items (not KCP)","ko":"토스페이먼츠 에스크로 상품 정보 (KCP 미지원)"}},"tax_free":{"type":"number","title":{"en":"Tax-free portion of the amount","ko":"면세금액"}},"vat_amount":{"type":["number","null"],"title":{"en":"VAT amount (not supported by KCP)","ko":"부가세 (KCP 미지원)"}},"vat":{"type":"number","title":{"en":"VAT (deprecated)","ko":"부가세 (지원 중단)"},"deprecated":{"en":"use `tax_free`; the VAT is computed as (amount - tax_free) / 11","ko":"`tax_free`를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"},"replacement":"tax_free"},"digital":{"type":"boolean","title":{"en":"Digital goods (phone payments)","ko":"디지털 상품 여부 (휴대폰 소액결제)"}},"vbank_due":{"type":"string","title":{"en":"Virtual account deposit deadline","ko":"가상계좌 입금기한"}},"display":{"type":"object","title":{"en":"Window display options","ko":"결제창 렌더링 설정"},"properties":{"card_quota":{"type":"array","items":{"type":"integer"},"title":{"en":"Installment months offered (KCP: the largest value is the ceiling)","ko":"할부 개월수 (KCP: 가장 큰 값까지 선택 가능)"}}}},"appCard":{"type":"boolean","title":{"en":"App-card payment only","ko":"앱카드 결제만 활성화"}},"auth_mode":{"type":"string","title":{"en":"Key-in window","ko":"키인 결제창 호출"}},"prefill":{"type":"object","title":{"en":"Prefilled values","ko":"미리 채울 값"},"properties":{"phoneNumber":{"type":"string","title":{"en":"Fixed phone number for phone payments","ko":"휴대폰 소액결제 시 고정할 휴대폰 번호"}}}},"bypass":{"type":"object","title":{"en":"KCP-specific parameters","ko":"KCP 전용 파라미터"},"properties":{"shop_user_id":{"type":"string","title":{"en":"Merchant member ID (gift certificates, phone)","ko":"고객사 회원 ID (상품권, 휴대폰 소액결제 필수)"}},"coupon_apply_yn":{"type":"string","title":{"en":"Discount-coupon area (Y/N)","ko":"결제창 할인쿠폰 영역 활성화 (Y/N)"}},"skin_indx":{"type":["string","integer"],"title":{"en":"Window skin (1-11, PC)","ko":"결제창 스킨 (1~11, PC)"}},"site_logo":{"type":"string","title":{"en":"Logo URL (PC)","ko":"결제창 로고 URL (PC)"}},"complex_pnt_yn":{"type":"string","title":{"en":"Points with card (Y) or points only (N)","ko":"포인트 복합결제 여부 (Y/N)"}},"pt_memcorp_cd":{"type":"string","title":{"en":"Benepia member-company code","ko":"베네피아 고객사 코드"}},"app_flag":{"type":"string","title":{"en":"KB card app (Y), ISP (N), both (S)","ko":"KB국민카드 앱카드(Y)/ISP(N)/모두(S)"}}}},"biz_num":{"type":"string","title":{"en":"Business registration number (Danal only)","ko":"사업자등록번호 (다날 전용)"}},"useFreeInterestFromMall":{"type":"boolean","title":{"en":"Merchant-paid interest-free installments (not KCP)","ko":"상점 부담 무이자 할부 (KCP 미지원)"}},"period":{"type":"object","open":true,"title":{"en":"Service period (not KCP)","ko":"서비스 제공기간 (KCP 미지원)"}},"niceMobileV2":{"type":"boolean","title":{"en":"NICE new mobile window (not KCP)","ko":"나이스페이 신규 모바일 결제창 (KCP 미지원)"}},"popup":{"type":"boolean","title":{"en":"Open the window as a popup","ko":"팝업 방식 결제창 호출"}}},"sdk-billing-extra":{"amount":{"type":"integer","minimum":0,"title":{"en":"Amount shown in the window (not charged)","ko":"결제창에 표시될 금액 (승인되지 않음)"}},"customer_uid":{"type":"string","maxLength":80,"required":true,"title":{"en":"Billing key id chosen by the merchant","ko":"포트원 빌링키 (고객사 정의)"}},"bypass":{"type":"object","title":{"en":"KCP-specific parameters","ko":"KCP 전용 파라미터"},"properties":{"site_logo":{"type":"string","title":{"en":"Logo URL (PC)","ko":"결제창 로고 URL (PC)"}},"batch_birth_day_yn":{"type":"string","title":{"en":"Always show the birth-date box (Y)","ko":"생년월일 입력박스 항상 표시 (Y)"}}}}}},"kinds":[{"id":"sdk-payment","fieldSets":["sdk-common","sdk-card","sdk-payment-extra"]},{"id":"sdk-billing-key","fieldSets":["sdk-common","sdk-card","sdk-billing-extra"]}]}"#####),
        ("20-sdk-rules.yaml", #####"{"catalogue":"kcp-sdk-rules","version":1,"description":"Rules for IMP.request_pay with NHN KCP (payments and billing keys through the KCP window), and the gateway gate shared by every kind.","rules":[{"id":"not-kcp-gateway","title":{"en":"The payload is for another gateway","ko":"다른 PG사 요청"},"severity":"warning","stop":true,"when":{"all":[{"path":"pg","type":"string","empty":false},{"not":{"path":"pg","matches":"(?i)^kcp(_billing|_quick)?($|\\.)"}}]},"assert":{"forbid":"pg"},"message":{"en":"`pg` {value} names another payment gateway: the NHN KCP catalogue does not apply, so nothing else was checked","ko":"`pg` 값 {value}은(는) NHN KCP가 아닌 다른 PG사입니다. NHN KCP 규칙이 적용되지 않으므로 나머지 항목은 검사하지 않았습니다"},"rationale":"A `pg` value is `{provider}` or `{provider}.{store id}`, and the KCP provider codes are `kcp` (payment window, key-in and REST) and `kcp_billing` (billing-key window). Any other provider (`html5_inicis`, `nice_v2`, `tosspayments`, ...) follows different rules, so checking it against the KCP catalogue would only produce a flood of wrong findings. One warning says why the payload was skipped. The match ignores case so that `KCP.AO09C` is still checked as KCP (and flagged by pg-format). `kcp_quick` is excluded here and handled by not-kcp-quickpay.","source":"https://developers.portone.io/opi/ko/support/code-info/pg-2?v=v1"},{"id":"not-kcp-quickpay","title":{"en":"The payload is for KCP QuickPay","ko":"KCP 퀵페이 요청"},"severity":"warning","stop":true,"when":{"path":"pg","matches":"(?i)^kcp_quick($|\\.)"},"assert":{"forbid":"pg"},"message":{"en":"`pg` {value} is a KCP QuickPay channel (`kcp_quick`), which this catalogue does not cover: nothing else was checked","ko":"`pg` 값 {value}은(는) KCP 퀵페이(`kcp_quick`) 채널입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 나머지 항목은 검사하지 않았습니다"},"rationale":"KCP QuickPay is a separate PortOne channel type (`kcp_quick`) with its own parameters (`bypass.kcpQuick`, action types, encrypted CI) and its own page; the constraints of the KCP payment and billing windows do not apply to it.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1"},{"id":"kcp-quick-out-of-scope","title":{"en":"KCP QuickPay request not checked","ko":"KCP 퀵페이 요청은 검사하지 않음"},"severity":"info","stop":true,"when":{"all":[{"present":"bypass.kcpQuick"},{"absent":"pg"}]},"assert":{"forbid":"bypass.kcpQuick"},"message":{"en":"`bypass.kcpQuick` marks a KCP QuickPay request, which this catalogue does not cover: nothing else was checked","ko":"`bypass.kcpQuick`은 KCP 퀵페이 요청에 사용하는 파라미터입니다. 퀵페이 요청은 이 규칙 모음의 검사 대상이 아니므로 나머지 항목은 검사하지 않았습니다"},"rationale":"With `channelKey` the channel type cannot be seen in the payload, but `bypass.kcpQuick` is documented only for KCP QuickPay (`kcp_quick`) channels, whose requests follow their own page (action types without `amount`, `customer_uid` per registered card). Checking them against the KCP payment or billing-key rules would raise false alarms on correct QuickPay calls, so the payload is skipped with an info (not a warning: it may follow the QuickPay docs exactly).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1"},{"id":"kcp-quick-bypass-on-kcp-channel","title":{"en":"`bypass.kcpQuick` on a KCP payment or billing channel","ko":"KCP 일반/정기결제 채널에 `bypass.kcpQuick` 사용"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"when":{"all":[{"present":"bypass.kcpQuick"},{"path":"pg","matches":"(?i)^kcp(_billing)?($|\\.)"}]},"assert":{"forbid":"bypass.kcpQuick"},"message":{"en":"`bypass.kcpQuick` belongs to KCP QuickPay channels (`kcp_quick`); on the `kcp`/`kcp_billing` channel named by `pg` it is not used","ko":"`bypass.kcpQuick`은 KCP 퀵페이(`kcp_quick`) 채널 전용 파라미터입니다. `pg`에 지정한 `kcp`/`kcp_billing` 채널에서는 사용되지 않습니다"},"rationale":"`bypass.kcpQuick` is documented only on the KCP QuickPay page, whose channel code is `kcp_quick`. A payload that names a `kcp` or `kcp_billing` channel and also sends it mixes two products: either the channel or the parameter is wrong.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/kcp-quickpay?v=v1","ref":"KCP-CH-012"},{"id":"channel-missing","title":{"en":"No channel selected","ko":"채널 미지정"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"requireAny":["channelKey","pg"]},"message":{"en":"neither `channelKey` nor `pg` is set: PortOne uses the console's default channel, which may not be the KCP channel","ko":"`channelKey`와 `pg`가 모두 없습니다. 콘솔에 설정된 기본 채널로 결제가 요청되므로 KCP 채널이 아닐 수 있습니다"},"rationale":"The KCP page makes `channelKey` the way to pick the KCP channel (`pg` is its deprecated alternative). Without either, the default PG set in the console is used; with more than one channel configured that is silently a different gateway, and for a billing key it must be a `kcp_billing` channel.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CH-001"},{"id":"channel-key-and-pg","title":{"en":"`channelKey` and `pg` both set","ko":"`channelKey`와 `pg`를 함께 사용"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"exclusive":["channelKey","pg"]},"message":{"en":"`pg` is sent together with `channelKey`: which one PortOne uses is not documented; remove the deprecated `pg`","ko":"`channelKey`와 `pg`를 함께 입력했습니다. 어느 값이 적용되는지 문서화되어 있지 않으므로 지원 중단 예정인 `pg`를 삭제하세요"},"rationale":"The KCP page presents `channelKey` as the replacement of the deprecated `pg`; what happens when both are sent (and disagree) is not documented anywhere, so the channel actually used is unpredictable.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CH-003"},{"id":"channel-key-placeholder","title":{"en":"Channel key left as the doc placeholder","ko":"채널키 예시 값을 그대로 사용"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":{"path":"channelKey","notPattern":"(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$"},"message":{"en":"`channelKey` {value} is a placeholder copied from the docs: use the channel key shown in the PortOne console (Integration > Integration info > Channel management)","ko":"`channelKey` 값 {value}은(는) 문서의 예시 값입니다. 포트원 콘솔 [결제 연동] > [연동 정보] > [채널 관리]에서 확인한 채널키를 입력하세요"},"rationale":"Every SDK example on the KCP page sends `channelKey: \"{콘솔 내 연동 정보의 채널키}\"`. Sent as is, PortOne finds no channel and the window never opens. Braces, angle brackets, the Korean word for channel key, or \"your channel key\" never occur in a real key (`channel-key-` followed by a UUID).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CH-004"},{"id":"channel-key-format","title":{"en":"Channel key in an unexpected shape","ko":"채널키 형식이 예상과 다름"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"when":{"all":[{"path":"channelKey","type":"string"},{"not":{"path":"channelKey","matches":"(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$"}}]},"assert":{"path":"channelKey","pattern":"(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},"message":{"en":"`channelKey` {value} does not look like a PortOne channel key (`channel-key-` followed by a UUID): copy it from the console's channel list","ko":"`channelKey` 값 {value}이(가) 포트원 채널키 형식(`channel-key-` 뒤에 UUID)이 아닙니다. 콘솔의 채널 관리 화면에서 채널키를 복사해 입력하세요"},"rationale":"Channel keys issued by the console have the form `channel-key-<UUID>` (as in PortOne's own playground). A different shape usually means another identifier was pasted (the merchant code `imp...`, a store id or a site code) or whitespace was copied along. The format is not specified in the docs, so this is a warning; a placeholder is reported by channel-key-placeholder instead.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-CH-004"},{"id":"pg-placeholder","title":{"en":"`pg` left as the doc placeholder","ko":"`pg` 예시 값을 그대로 사용"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":{"path":"pg","notPattern":"[{}<>]"},"message":{"en":"`pg` {value} still contains the doc placeholder: write the site code itself, without braces, e.g. `kcp.AO09C` (or switch to `channelKey`)","ko":"`pg` 값 {value}에 문서의 예시 표기가 남아 있습니다. 중괄호 없이 `kcp.AO09C`처럼 실제 사이트코드를 입력하세요 (또는 `channelKey`로 변경하세요)"},"rationale":"The KCP page describes the value as `kcp.{mid(사이트코드)}` and `kcp_billing.{mid(사이트코드)}`; copied literally, no channel matches and PortOne falls back to the console's default channel.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"pg-billing-channel-for-payment","title":{"en":"Billing channel used for a payment","ko":"일반결제에 정기결제 채널 사용"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"pg","notPattern":"^kcp_billing($|\\.)"},"message":{"en":"`pg` {value} is a KCP billing-key channel, but this request has no `customer_uid`: a payment uses `kcp.{site code}`, a billing key needs `customer_uid`","ko":"`pg` 값 {value}은(는) KCP 정기결제(빌링키 발급) 채널인데 `customer_uid`가 없습니다. 일반결제는 `kcp.{mid(사이트코드)}`를, 빌링키 발급은 `customer_uid`를 함께 입력해야 합니다"},"rationale":"The KCP page uses `kcp.{site code}` for the payment window and `kcp_billing.{site code}` for the billing-key window, and the `kcp_billing` channel only issues billing keys (it cannot charge while issuing). PortOne's React Native and Flutter wrappers refuse `kcp_billing` without `customer_uid` for the same reason.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CH-005"},{"id":"pg-payment-channel-for-billing-key","title":{"en":"Payment channel used for a billing key","ko":"빌링키 발급에 일반결제 채널 사용"},"severity":"error","kinds":["sdk-billing-key"],"assert":{"path":"pg","notPattern":"^kcp($|\\.)"},"message":{"en":"`pg` {value} is a KCP payment channel: a billing key through the KCP window needs the billing channel `kcp_billing.{site code}`","ko":"`pg` 값 {value}은(는) KCP 일반결제 채널입니다. KCP 결제창으로 빌링키를 발급하려면 `kcp_billing.{mid(사이트코드)}` 정기결제 채널을 지정해야 합니다"},"rationale":"PortOne's billing-key rules: the `kcp_billing` channel issues billing keys through the window; the `kcp` channel issues them only through the API (`/subscribe/customers`, `/onetime`). The KCP page's billing section uses `kcp_billing.{site code}`.","source":"https://developers.portone.io/opi/ko/support/code-info/pg?v=v1","ref":"KCP-CH-006"},{"id":"pg-format","title":{"en":"`pg` not of the form kcp.{site code}","ko":"`pg` 형식 오류"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"when":{"all":[{"path":"pg","type":"string"},{"not":{"path":"pg","matches":"[{}<>]"}}]},"assert":{"path":"pg","pattern":"^kcp(_billing)?(\\.[A-Za-z0-9]+)?$"},"message":{"en":"`pg` {value} is not a KCP channel code: write `kcp.{site code}` for payments or `kcp_billing.{site code}` for billing keys, in lower case, with no spaces","ko":"`pg` 값 {value}은(는) 올바른 KCP 채널 코드가 아닙니다. 일반결제는 `kcp.{mid(사이트코드)}`, 빌링키 발급은 `kcp_billing.{mid(사이트코드)}` 형식으로 공백 없이 소문자로 입력하세요"},"rationale":"The KCP page documents `kcp.{site code}` and `kcp_billing.{site code}`; PortOne's code list spells the providers in lower case, and a `pg` that matches no channel silently falls back to the console's default channel. Swapped channel types and `{...}` placeholders have their own rules.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CH-005"},{"id":"pg-site-code-shape","title":{"en":"Unusual KCP site code","ko":"KCP 사이트코드 형식이 일반적이지 않음"},"severity":"info","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-billing-key"],"when":{"all":[{"path":"pg","matches":"^kcp(_billing)?\\.[A-Za-z0-9]+$"},{"not":{"path":"pg","matches":"(?i)^kcp(_billing)?\\.(INIpayTest|INIBillTst|iamport00m)$"}}]},"assert":{"path":"pg","pattern":"^kcp(_billing)?\\.[A-Z0-9]{5}$"},"message":{"en":"the site code in `pg` {value} is not 5 upper-case letters or digits like `T0000` or `AO09C`: check it against the KCP site code in the console","ko":"`pg` 값 {value}의 사이트코드가 `T0000`, `AO09C`처럼 영문 대문자·숫자 5자리가 아닙니다. 콘솔에 등록된 KCP 사이트코드와 같은지 확인하세요"},"rationale":"KCP site codes seen in PortOne's docs and playground are five upper-case alphanumerics (the public test code `T0000`, `AO09C`). The format itself is not specified, so a different shape is only worth a look (info), e.g. a lower-cased code or a group id pasted instead.","source":"https://developers.portone.io/opi/ko/integration/ready/readme?v=v1","ref":"KCP-CH-007"},{"id":"pg-site-code-from-other-gateway","title":{"en":"Another gateway's test store id used as a KCP site code","ko":"다른 PG사의 테스트 상점 아이디를 KCP 사이트코드로 사용"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-billing-key"],"assert":{"path":"pg","notPattern":"(?i)^kcp(_billing)?\\.(INIpayTest|INIBillTst|iamport00m)$"},"message":{"en":"`pg` {value} puts a KG Inicis / generic sample store id after `kcp.`: no KCP channel has it; use your KCP site code (public test: `kcp.T0000`) or `channelKey`","ko":"`pg` 값 {value}은(는) `kcp.` 뒤에 KG이니시스·범용 예시 상점 아이디를 붙인 값입니다. 이런 KCP 채널은 없으므로 KCP 사이트코드(공용 테스트: `kcp.T0000`) 또는 `channelKey`를 사용하세요"},"rationale":"`INIpayTest`, `INIBillTst` and `iamport00m` are the test store ids of PortOne's generic and KG Inicis samples (`html5_inicis.INIpayTest`); copied after `kcp.` they match no KCP channel, and a `pg` that matches no channel falls back to the console's default channel. Seen in public merchant code. KCP's own public test site code is `T0000`.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-CH-007"},{"id":"pay-method-not-kcp","title":{"en":"`pay_method` not offered by KCP","ko":"KCP에서 지원하지 않는 `pay_method`"},"severity":"error","kinds":["sdk-payment"],"when":{"not":{"path":"pay_method","in":["samsungpay","naverpay_card","naverpay_point","tosspay_card","tosspay_money"]}},"assert":{"path":"pay_method","enum":["card","trans","vbank","phone","cultureland","smartculture","booknlife","happymoney","samsung","payco","lpay","kakaopay","naverpay","naverpay_bridge","ssgpay","applepay","tosspay","point","rocketpay"]},"message":{"en":"`pay_method` {value} is not a KCP payment method: PortOne opens the plain card window instead; use one of {expected}","ko":"`pay_method` 값 {value}은(는) KCP에서 지원하는 결제수단이 아닙니다. 이 경우 일반 카드 결제창이 열리므로 {expected} 중 하나를 입력하세요"},"rationale":"The set is the union of the KCP page's two lists (window methods and the `pay_method` parameter list: `happymoney`, `ssgpay`, `naverpay_bridge`, `tosspay` included) plus `rocketpay` (added to the page in PR #1118). That PR also states the consequence: an unknown value is not rejected, the plain card window opens, so the customer is charged by card for what was meant as another method. Generic aliases with a KCP equivalent are reported by pay-method-alias instead, with a fix.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-001"},{"id":"pay-method-alias","title":{"en":"Generic `pay_method` alias instead of the KCP value","ko":"KCP 결제수단 코드 대신 범용 코드 사용"},"severity":"warning","kinds":["sdk-payment"],"assert":{"path":"pay_method","notIn":["samsungpay","naverpay_card","naverpay_point","tosspay_card","tosspay_money"]},"fix":{"map":{"samsungpay":"samsung","naverpay_card":"naverpay","naverpay_point":"naverpay_bridge","tosspay_card":"tosspay","tosspay_money":"tosspay"},"message":{"en":"use the KCP payment method code","ko":"KCP 결제수단 코드로 변경"}},"message":{"en":"`pay_method` {value} is the generic SDK code; the KCP page uses its own code for this method (`samsung`, `naverpay`, `naverpay_bridge`, `tosspay`)","ko":"`pay_method` 값 {value}은(는) 범용 SDK 코드입니다. KCP 문서에서는 이 결제수단에 KCP 전용 코드(`samsung`, `naverpay`, `naverpay_bridge`, `tosspay`)를 사용합니다"},"rationale":"The SDK parameter reference lists generic codes (`samsungpay`, `naverpay_card`, `naverpay_point`, `tosspay_card`, `tosspay_money`) while the KCP page lists `samsung`, `naverpay` (card payment call), `naverpay_bridge` (card/point selector) and `tosspay`. Whether PortOne maps the generic codes for KCP is not documented, and an unmapped value opens the plain card window, so this is a warning with the KCP code as the fix. `naverpay_point` maps to `naverpay_bridge`, the KCP entry that lets the buyer use Naver Pay points.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-002"},{"id":"pay-method-conflicting-docs","title":{"en":"`pay_method` listed inconsistently for KCP","ko":"KCP 문서에서 지원 여부가 불분명한 `pay_method`"},"severity":"warning","kinds":["sdk-payment"],"assert":{"path":"pay_method","notIn":["happymoney","ssgpay"]},"message":{"en":"`pay_method` {value} appears only in the KCP page's parameter list, not among its available methods (`happymoney` was removed from PortOne's docs in 2024): confirm with PortOne that it is enabled for your KCP channel","ko":"`pay_method` 값 {value}은(는) KCP 문서의 파라미터 목록에만 있고 가능한 결제수단 목록에는 없습니다 (`happymoney`는 2024년에 문서에서 삭제되었다가 다시 추가되었습니다). 사용 중인 KCP 채널에서 지원되는지 포트원에 확인하세요"},"rationale":"The current KCP page lists `happymoney` and `ssgpay` in the `pay_method` parameter list but not in its \"available methods\" list; `happymoney` was removed from all v1 docs on 2024-07-29 and re-listed on 2026-04-27. The sources conflict, so the value is accepted by pay-method-not-kcp and flagged here as a warning.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-003"},{"id":"pay-method-rocketpay","title":{"en":"`rocketpay` is new for KCP","ko":"`rocketpay`는 최근 추가된 결제수단"},"severity":"info","kinds":["sdk-payment"],"assert":{"path":"pay_method","notIn":["rocketpay"]},"message":{"en":"`pay_method` `rocketpay` was added to the KCP page in August 2026: make sure it is enabled for your channel before relying on it","ko":"`pay_method` 값 `rocketpay`는 2026년 8월 KCP 문서에 추가된 결제수단입니다. 사용 중인 채널에서 이용 가능한지 먼저 확인하세요"},"rationale":"`rocketpay` was added to the v1 KCP page by PR #1118 (merged 2026-08-27), after the rest of the page was settled; the same PR notes that a value the server does not know opens the plain card window. Accepted, with a note.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-004"},{"id":"pay-method-missing","title":{"en":"`pay_method` missing","ko":"`pay_method` 누락"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"require":"pay_method"},"message":{"en":"`pay_method` is missing: the card window opens by default; set the method explicitly (`card` for a billing key)","ko":"`pay_method`가 없습니다. 기본값으로 카드 결제창이 열리므로 결제수단을 명시하세요 (빌링키 발급은 `card`)"},"rationale":"The KCP page lists `pay_method` among the main parameters and every KCP example sends it; the SDK reference marks it optional and the legacy default is `card`. A missing value is usually an omission (or a misspelt key), and the result (card) may not be what the button promised.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-005"},{"id":"billing-pay-method-card","title":{"en":"Billing key through the window needs `pay_method: card`","ko":"결제창 빌링키 발급은 `pay_method: card`만 지원"},"severity":"error","kinds":["sdk-billing-key"],"assert":{"path":"pay_method","equals":"card"},"fix":{"replace":"card","message":{"en":"use `card`","ko":"`card`로 변경"}},"message":{"en":"`pay_method` {value} cannot issue a billing key through the KCP window: only `card` is supported","ko":"KCP 결제창 빌링키 발급은 `card`만 지원되므로 `pay_method` 값 {value}(으)로는 발급할 수 없습니다"},"rationale":"The KCP page's \"결제창 빌링키 발급\" lists `card` as the only method and its example comments \"'card'만 지원됩니다\".","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PM-006"},{"id":"billing-amount-display-only","title":{"en":"Billing-key window does not charge `amount`","ko":"빌링키 발급 시 `amount`는 승인되지 않음"},"severity":"info","kinds":["sdk-billing-key"],"assert":{"path":"amount","max":0},"message":{"en":"`amount` {value} is only shown in the KCP billing-key window; nothing is charged: charge later with /subscribe/payments/again or /schedule","ko":"`amount` 값 {value}은(는) 결제창에 표시만 되고 빌링키 발급 시 결제가 승인되지 않습니다. 결제는 발급 후 /subscribe/payments/again 또는 /schedule API로 요청하세요"},"rationale":"The KCP page: \"결제창에 표시될 금액. 발급 요청시에는 결제가 승인되지 않습니다\", and PortOne's billing rules say `kcp_billing` cannot charge while issuing. A positive amount is allowed but often means the first charge was expected to happen here.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-AMT-005"},{"id":"sdk-buyer-tel-missing","title":{"en":"`buyer_tel` missing","ko":"`buyer_tel` 누락"},"severity":"info","kinds":["sdk-payment","sdk-billing-key"],"assert":{"require":"buyer_tel"},"message":{"en":"`buyer_tel` is missing: some gateways fail without the buyer's phone number, and PortOne's app SDKs refuse the call","ko":"`buyer_tel`이 없습니다. 일부 PG사는 구매자 연락처가 없으면 결제가 실패하며 포트원 앱 SDK는 호출을 거부합니다"},"rationale":"The SDK reference says some gateways fail when `buyer_tel` is missing; every KCP example sends it, and PortOne's playground, React Native and Flutter wrappers treat it as required. KCP's own docs do not mark it required. Severity info, not the reference's warning: the KCP page lists `buyer_tel` as optional, so a payload that follows it must not draw a warning; the advice stands because PortOne's wrappers refuse the call without it.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-BUY-001"},{"id":"sdk-buyer-field-length","title":{"en":"Buyer field longer than PortOne's limit","ko":"구매자 정보가 포트원 길이 제한을 넘음"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":[{"path":"buyer_name","length":{"max":16},"message":{"en":"`buyer_name` is longer than 16 characters, PortOne's limit for this field","ko":"`buyer_name`이 포트원 제한 길이인 16자를 넘습니다"}},{"path":"buyer_email","length":{"max":64},"message":{"en":"`buyer_email` is longer than 64 characters, PortOne's limit for this field","ko":"`buyer_email`이 포트원 제한 길이인 64자를 넘습니다"}},{"path":"buyer_tel","length":{"max":16},"message":{"en":"`buyer_tel` is longer than 16 characters, PortOne's limit for this field","ko":"`buyer_tel`이 포트원 제한 길이인 16자를 넘습니다"}},{"path":"buyer_addr","length":{"max":128},"message":{"en":"`buyer_addr` is longer than 128 characters, PortOne's limit for this field","ko":"`buyer_addr`이 포트원 제한 길이인 128자를 넘습니다"}},{"path":"buyer_postcode","length":{"max":8},"message":{"en":"`buyer_postcode` is longer than 8 characters, PortOne's limit for this field","ko":"`buyer_postcode`가 포트원 제한 길이인 8자를 넘습니다"}}],"message":{"en":"`{field}` is longer than PortOne's limit ({expected})","ko":"`{field}`이(가) 포트원 길이 제한({expected})을 넘습니다"},"rationale":"PortOne's v1 API schema limits `buyer_name` to 16, `buyer_email` to 64, `buyer_tel` to 16, `buyer_addr` to 128 and `buyer_postcode` to 8 characters. The limits are documented for the REST bodies only; the SDK reference gives none, so for IMP.request_pay this is a warning (KCP may cut or reject the value) rather than the REST rules' error.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-BUY-002"},{"id":"sdk-name-length","title":{"en":"Order name longer than 40 characters","ko":"주문명이 40자를 넘음"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"path":"name","length":{"max":40}},"message":{"en":"`name` is longer than 40 characters: the SDK reference asks for 40 at most, and the window may cut it","ko":"`name`이 40자를 넘습니다. 주문명은 40자 이내로 작성해야 하며 결제창에서 잘릴 수 있습니다"},"rationale":"The SDK reference says \"40자 이내로 작성해주세요\" for `name`, and the v1 REST schema has maxLength 40. For IMP.request_pay the consequence is not documented (the REST rule is an error), so a warning here.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-NAME-001"},{"id":"sdk-name-bytes","title":{"en":"Order name over KCP's 100-byte limit","ko":"주문명이 KCP 제한 100바이트를 넘음"},"severity":"warning","kinds":["sdk-payment"],"when":{"path":"name","length":{"max":40}},"assert":{"path":"name","bytes":{"max":100}},"message":{"en":"`name` takes more than 100 bytes in UTF-8: KCP limits the order name to 100 bytes, so long Korean names may be cut","ko":"`name`이 UTF-8 기준 100바이트를 넘습니다. KCP의 주문명 제한은 100바이트이므로 긴 한글 주문명은 잘릴 수 있습니다"},"rationale":"PortOne's KCP (V2) page gives KCP's own limit for the order name as 100 bytes; Korean syllables take 3 bytes in UTF-8, so a 34-40 character Korean name passes PortOne's 40-character limit and still exceeds KCP's. KCP's byte encoding is not documented, hence a warning. Names over 40 characters are left to sdk-name-length.","source":"https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2","ref":"KCP-NAME-002"},{"id":"phone-requires-buyer-name","title":{"en":"Phone payment needs `buyer_name`","ko":"휴대폰 소액결제 시 `buyer_name` 필수"},"severity":"error","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"phone"},"assert":{"require":"buyer_name"},"message":{"en":"`buyer_name` is required for a KCP phone payment (`pay_method: phone`)","ko":"휴대폰 소액결제 시 `buyer_name`은 필수입니다"},"rationale":"The KCP page: \"휴대폰 소액결제시 `buyer_name`과 `bypass.shop_user_id` 파라미터를 필수 입력해야합니다\". KCP answers a missing buyer name with result code 9011. PortOne's playground trial preset omits it, but that runs on the public test channel and does not override the page.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PHONE-001"},{"id":"phone-requires-shop-user-id","title":{"en":"Phone payment needs `bypass.shop_user_id`","ko":"휴대폰 소액결제 시 `bypass.shop_user_id` 필수"},"severity":"error","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"phone"},"assert":{"require":"bypass.shop_user_id"},"message":{"en":"`bypass.shop_user_id` (your member ID for the buyer) is required for a KCP phone payment","ko":"휴대폰 소액결제 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"},"rationale":"The KCP page requires `bypass.shop_user_id` for phone payments (PortOne PR #880); KCP uses the member ID for risk management and answers a missing one with result code 9055.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PHONE-002"},{"id":"phone-requires-digital","title":{"en":"Phone payment without `digital`","ko":"휴대폰 소액결제 시 `digital` 누락"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"phone"},"assert":{"require":"digital"},"message":{"en":"`digital` is missing: the SDK reference requires it for phone payments (true for digital goods, false for physical goods; fees differ)","ko":"`digital`이 없습니다. 휴대폰 소액결제 시 필수 항목이며 실물이면 false, 디지털 상품이면 true로 입력해야 합니다 (수수료율이 다릅니다)"},"rationale":"The SDK reference says `digital` is required for phone payments and that real and digital goods are charged different fees; PortOne's React Native and Flutter wrappers refuse `phone` without it. Severity info, not the reference's warning: the KCP page's own phone-payment example omits `digital`; the generic SDK reference requires it, so kcplint advises it without warning.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-PHONE-003"},{"id":"phone-prefill-mobile-number","title":{"en":"`prefill.phoneNumber` is not a mobile number","ko":"`prefill.phoneNumber`가 휴대폰 번호가 아님"},"severity":"warning","kinds":["sdk-payment"],"when":{"path":"prefill.phoneNumber","type":"string"},"assert":{"path":"prefill.phoneNumber","pattern":"^01[016789][- ]?\\d{3,4}[- ]?\\d{4}$"},"message":{"en":"`prefill.phoneNumber` {value} is not a Korean mobile number such as 01012345678: the phone-payment window would be fixed to a number that cannot pay","ko":"`prefill.phoneNumber` 값 {value}은(는) 01012345678 같은 휴대폰 번호가 아닙니다. 휴대폰 소액결제 창에 결제할 수 없는 번호가 고정됩니다"},"rationale":"The KCP page: `prefill.phoneNumber` fixes the number used by the phone (micropayment) window. Phone micropayments are billed to a Korean mobile line (010, 011, 016-019), so a landline, an international form or a truncated number cannot complete the payment.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-PHONE-004"},{"id":"phone-prefill-digits-only","title":{"en":"`prefill.phoneNumber` with separators","ko":"`prefill.phoneNumber`에 구분 기호 포함"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"prefill.phoneNumber","matches":"^01[016789][- ]?\\d{3,4}[- ]?\\d{4}$"},"assert":{"path":"prefill.phoneNumber","pattern":"^\\d+$"},"message":{"en":"`prefill.phoneNumber` {value} contains hyphens or spaces: send digits only (01012345678), the form PortOne documents for this parameter","ko":"`prefill.phoneNumber` 값 {value}에 하이픈이나 공백이 있습니다. 포트원 문서의 형식대로 숫자만(01012345678) 입력하세요"},"rationale":"The KCP page does not give a format for `prefill.phoneNumber`; PortOne's Danal page, the other v1 gateway with this parameter, asks for digits without hyphens. By analogy only, hence info.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/danal?v=v1","ref":"KCP-PHONE-004"},{"id":"gift-requires-shop-user-id","title":{"en":"Gift certificate needs `bypass.shop_user_id`","ko":"상품권 결제 시 `bypass.shop_user_id` 필수"},"severity":"error","kinds":["sdk-payment"],"when":{"path":"pay_method","in":["cultureland","smartculture","booknlife","happymoney"]},"assert":{"require":"bypass.shop_user_id"},"message":{"en":"`bypass.shop_user_id` (your member ID for the buyer) is required for a gift-certificate payment (`pay_method` {triggerValue})","ko":"상품권 결제(`pay_method` {triggerValue}) 시 `bypass.shop_user_id`(고객사 회원 ID)는 필수입니다"},"rationale":"The KCP page: \"상품권 결제시 `bypass.shop_user_id`파라미터를 필수 입력해야합니다\" — the issuers use the member ID for risk management (PortOne PR #931). It applies to every gift certificate method, including `happymoney` when it is used.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-GIFT-001"},{"id":"point-requires-memcorp-code","title":{"en":"Benepia points need `bypass.pt_memcorp_cd`","ko":"베네피아 포인트 결제 시 `bypass.pt_memcorp_cd` 필수"},"severity":"error","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"point"},"assert":{"require":"bypass.pt_memcorp_cd"},"message":{"en":"`bypass.pt_memcorp_cd` (the Benepia member-company code) is required for `pay_method: point`","ko":"베네피아 포인트 결제(`pay_method: point`) 시 `bypass.pt_memcorp_cd`(베네피아 고객사 코드)는 필수입니다"},"rationale":"The KCP page's `bypass` table marks `pt_memcorp_cd` as required for Benepia point payments.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-POINT-001"},{"id":"boolean-fields-json-boolean","title":{"en":"Boolean parameter sent as another type","ko":"boolean 파라미터의 타입 오류"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":[{"path":"escrow","type":"boolean"},{"path":"appCard","type":"boolean"},{"path":"digital","type":"boolean"},{"path":"popup","type":"boolean"},{"path":"useFreeInterestFromMall","type":"boolean"},{"path":"card.detail[*].enabled","type":"boolean"}],"message":{"en":"`{field}` must be a JSON boolean (true or false), found {value}: a string such as \"false\" is not false, and any non-empty string counts as true in JavaScript","ko":"`{field}`은(는) JSON boolean(true 또는 false)이어야 하는데 {value}입니다. \"false\" 같은 문자열은 false가 아니며 JavaScript에서는 비어 있지 않은 문자열이 true로 취급됩니다"},"rationale":"The KCP page and the SDK reference type `escrow`, `appCard`, `digital` and `card.detail[].enabled` (and the generic `popup`, `useFreeInterestFromMall`) as booleans. Values read from form fields or environment variables often arrive as \"true\"/\"false\" strings (a React Native issue shows `digital: 'false'`), which a truthiness check turns into true: an escrow or digital-goods payment the merchant did not ask for.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-TYPE-001"},{"id":"vbank-due-format","title":{"en":"`vbank_due` not a valid date","ko":"`vbank_due` 형식 오류"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"vbank_due","format":"vbank-due"},"message":{"en":"`vbank_due` {value} is not a real date in a supported form: use YYYYMMDD or YYYYMMDDHHmmss (also accepted: YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss)","ko":"`vbank_due` 값 {value}은(는) 올바른 날짜 형식이 아닙니다. YYYYMMDD 또는 YYYYMMDDHHmmss 형식으로 입력하세요 (YYYYMMDDHHmm, YYYY-MM-DD, YYYY-MM-DD HH:mm:ss도 허용됩니다)"},"rationale":"The KCP page allows `YYYYMMDD` and `YYYYMMDDHHmmss` (a date alone means 23:59:59); the SDK reference adds `YYYY-MM-DD` and `YYYY-MM-DD HH:mm:ss`, and the legacy manual and PortOne's playground use `YYYYMMDDhhmm`. All of them parse unambiguously, so only a value in none of these forms, or an impossible date, is an error; the non-KCP forms get vbank-due-kcp-form.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-VB-001"},{"id":"vbank-due-kcp-form","title":{"en":"`vbank_due` in a form the KCP page does not list","ko":"KCP 문서에 없는 `vbank_due` 형식"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"vbank_due","format":"vbank-due"},"assert":{"path":"vbank_due","pattern":"^(\\d{8}|\\d{14})$"},"message":{"en":"`vbank_due` {value} uses a form the KCP page does not list: KCP documents YYYYMMDD and YYYYMMDDHHmmss","ko":"`vbank_due` 값 {value}은(는) KCP 문서에 없는 형식입니다. KCP 문서의 형식은 YYYYMMDD와 YYYYMMDDHHmmss입니다"},"rationale":"The SDK reference accepts the dashed forms and older PortOne material uses YYYYMMDDhhmm, so they are not errors; the KCP page itself lists only the two compact forms, so using exactly those is the safe choice.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-VB-002"},{"id":"vbank-due-past","title":{"en":"`vbank_due` already past","ko":"`vbank_due`가 이미 지난 시각"},"severity":"error","kinds":["sdk-payment"],"when":{"all":[{"path":"pay_method","equals":"vbank"},{"path":"vbank_due","format":"vbank-due"}]},"assert":{"path":"vbank_due","notPast":true},"message":{"en":"`vbank_due` {value} is already past: the virtual account would expire before the buyer can deposit","ko":"`vbank_due` 값 {value}은(는) 이미 지난 시각입니다. 구매자가 입금하기 전에 가상계좌 입금기한이 만료됩니다"},"rationale":"`vbank_due` is the deposit deadline of the issued virtual account; a deadline before the request can never be met (typically a hard-coded date or a time-zone mistake). Checked in Korea Standard Time, only when `pay_method` is `vbank`.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-VB-003"},{"id":"vbank-due-missing","title":{"en":"Virtual account without `vbank_due`","ko":"가상계좌 결제 시 `vbank_due` 누락"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"vbank"},"assert":{"require":"vbank_due"},"message":{"en":"`vbank_due` is not set: KCP's default deposit deadline is not documented; set it explicitly","ko":"`vbank_due`가 없습니다. KCP의 기본 입금기한은 문서화되어 있지 않으므로 입금기한을 직접 지정하세요"},"rationale":"The KCP page documents `vbank_due` but not the deadline used without it; PortOne's Flutter wrapper refuses `vbank` without it. Advice only.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-VB-004"},{"id":"vbank-buyer-name","title":{"en":"Virtual account without `buyer_name`","ko":"가상계좌 결제 시 `buyer_name` 누락"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"pay_method","equals":"vbank"},"assert":{"require":"buyer_name"},"message":{"en":"`buyer_name` is not set: the virtual account shows the buyer's name, and matching deposits is harder without it","ko":"`buyer_name`이 없습니다. 가상계좌에는 구매자 이름이 표시되므로 없으면 입금 확인이 어려워집니다"},"rationale":"PortOne's KCP trial preset adds `buyer_name` for `vbank` only, and PortOne's KCP (V2) page says the issued account shows the customer's name. Advice only.","source":"https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2","ref":"KCP-VB-005"},{"id":"display-quota-integer-array","title":{"en":"`display.card_quota` not an array of integers","ko":"`display.card_quota`가 정수 배열이 아님"},"severity":"error","kinds":["sdk-payment"],"assert":[{"path":"display.card_quota","type":"array","message":{"en":"`display.card_quota` must be an array of month numbers such as [2, 3, 4, 5, 6] ([] = lump sum only), found {value}","ko":"`display.card_quota`는 [2, 3, 4, 5, 6]처럼 할부 개월수의 배열이어야 하는데 {value}입니다 ([]는 일시불만 가능)"}},{"path":"display.card_quota[*]","type":"integer","message":{"en":"`{field}` must be an integer number of months, found {value}","ko":"`{field}`은(는) 정수 개월수여야 하는데 {value}입니다"}}],"message":{"en":"`display.card_quota` must be an array of integers","ko":"`display.card_quota`는 정수 배열이어야 합니다"},"rationale":"The KCP page types `display.card_quota` as number[]: `[]` means lump sum only and the list holds installment months. The seed page printed the example as `2,3,4,5,6` without brackets (fixed in the current page); sent as a string or with string items, the setting is not applied as intended.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-Q-001"},{"id":"display-quota-max-only","title":{"en":"KCP uses only the largest `display.card_quota` value","ko":"KCP는 `display.card_quota`의 최댓값만 사용"},"severity":"info","kinds":["sdk-payment"],"when":{"any":[{"path":"display.card_quota","some":{"path":".","lte":1}},{"path":"display.card_quota","length":{"min":2},"none":{"path":".","equals":2}}]},"assert":{"forbid":"display.card_quota"},"message":{"en":"`display.card_quota` {value} will not limit the choice to the listed months: KCP enables every installment month from 2 up to the largest value, and 0 or 1 is not an installment","ko":"`display.card_quota` 값 {value}(으)로는 나열한 개월만 선택하게 할 수 없습니다. KCP는 가장 큰 값까지 2개월부터 모든 할부개월을 활성화하며 0이나 1은 할부개월이 아닙니다"},"rationale":"The current KCP page says the largest value sets the ceiling (`[3]` = lump sum, 2 and 3 months); the generic SDK reference describes `[6]` as \"lump sum and 6 only\", which is not how KCP behaves. A list of several months without 2 (e.g. [3, 6, 12]), or a value of 1 or less, shows the generic reading. Lists with a gap that start at 2 ([2, 6]) cannot be told apart with the catalogue's conditions and are not flagged.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-Q-002"},{"id":"display-quota-installment-minimum","title":{"en":"Installments offered below 50,000 KRW","ko":"5만원 미만 결제에 할부 설정"},"severity":"warning","kinds":["sdk-payment"],"when":{"all":[{"path":"amount","lt":50000},{"path":"display.card_quota","some":{"path":".","gte":2}}]},"assert":{"forbid":"display.card_quota"},"message":{"en":"`display.card_quota` offers installments but `amount` is below 50,000 KRW: KCP allows installments from 50,000 KRW (some issuers from 10,000 KRW), so only lump sum will work","ko":"`amount`가 5만원 미만인데 `display.card_quota`에 할부개월을 설정했습니다. 할부 결제는 5만원 이상부터 가능하므로(일부 카드사는 1만원 이상) 일시불만 결제됩니다"},"rationale":"The KCP page: \"할부 결제는 5만원 이상 결제 요청시 이용 가능합니다\" (some issuers from 10,000 KRW). Offering installment months on a smaller amount shows a choice that cannot be honoured, so it is very likely a configuration mistake; a warning rather than an error because of the issuer exceptions.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-Q-003"},{"id":"card-direct-code","title":{"en":"`card.direct.code` missing or not a card company code","ko":"`card.direct.code` 누락 또는 카드사 코드 오류"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"when":{"present":"card.direct"},"assert":[{"require":"card.direct.code","message":{"en":"`card.direct.code` is required with `card.direct`: give the card company code, e.g. \"367\" for Hyundai","ko":"`card.direct`를 사용할 때 `card.direct.code`는 필수입니다. 현대카드는 \"367\"처럼 카드사 코드를 입력하세요"}},{"path":"card.direct.code","enum":["361","381","367","365","368","371","041","374","045","373","364","366","002","369","048","370","071","089","372","090"]}],"message":{"en":"`card.direct.code` {value} is not a card company code: use a code string from PortOne's card code table, with its leading zeros ({expected})","ko":"`card.direct.code` 값 {value}은(는) 카드사 코드가 아닙니다. 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요 ({expected})"},"rationale":"The KCP page points `card.direct.code` to PortOne's card code table (KFTC codes such as `367` Hyundai, `041` Woori). The value is a string: a number loses the leading zero of `041`, `045`, `048`, `071`, `089`, `090`, `002`. KCP rejects an unknown card code (result 8112). Savings-bank cards (`050` in third-party typings) are not in PortOne's table and are not accepted; foreign-issuer codes (10001-10006) are not documented as inputs.","source":"https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1","ref":"KCP-CARD-001"},{"id":"card-direct-quota-type","title":{"en":"`card.direct.quota` missing or not an integer","ko":"`card.direct.quota` 누락 또는 정수가 아님"},"severity":"warning","kinds":["sdk-payment"],"when":{"present":"card.direct"},"assert":[{"require":"card.direct.quota","message":{"en":"`card.direct.quota` is missing: give the fixed installment months (0 = lump sum)","ko":"`card.direct.quota`가 없습니다. 고정 할부 개월수를 입력하세요 (일시불은 0)"}},{"path":"card.direct.quota","type":"integer"}],"message":{"en":"`card.direct.quota` must be an integer number of months (0 = lump sum), found {value}","ko":"`card.direct.quota`는 정수 개월수여야 하는데 {value}입니다 (일시불은 0)"},"rationale":"The KCP page says lump sum \"must be entered as 0\" and types `quota` as a number of months (plus a card-point offset). Without it, or with \"3\" as a string, the direct call's installment is undocumented. A warning, as in the reference, because PortOne may default a missing quota to lump sum.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-002"},{"id":"card-direct-hyundai-point-offset","title":{"en":"Hyundai Card points use +80, not +60","ko":"현대카드 포인트는 +80 개월로 요청"},"severity":"error","kinds":["sdk-payment"],"when":{"all":[{"path":"card.direct.code","equals":"367"},{"path":"card.direct.quota","gte":60,"lt":80}]},"assert":{"forbid":"card.direct.quota"},"message":{"en":"`card.direct.quota` {value} adds the +60 card-point offset, but Hyundai Card (367) uses +80: send 80 for points with lump sum, 80 + N for points with N months","ko":"`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산값을 사용했지만 현대카드(367)는 80개월을 더해야 합니다. 포인트 일시불은 80, 포인트 N개월 할부는 80 + N으로 입력하세요"},"rationale":"The KCP page: to use card points, add 80 months for Hyundai Card and 60 for KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori and Citi (80 = Hyundai points + lump sum, 93 = + 13 months, 63 = other cards' points + 3 months). 60-79 on Hyundai is therefore neither a valid point request nor a valid installment.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-003"},{"id":"card-direct-point-offset-80","title":{"en":"+80 point offset on a card other than Hyundai","ko":"현대카드가 아닌 카드에 +80 포인트 가산"},"severity":"error","kinds":["sdk-payment"],"when":{"all":[{"path":"card.direct.code","in":["361","381","365","368","371","041","374","045","373","364","366","002","369","048","370","071","089","372","090"]},{"path":"card.direct.quota","gte":80}]},"assert":{"forbid":"card.direct.quota"},"message":{"en":"`card.direct.quota` {value} is 80 or more, but only Hyundai Card (367) uses the +80 card-point offset: for the other listed cards the documented offset is +60 (60 = points with lump sum, 63 = points with 3 months)","ko":"`card.direct.quota` 값 {value}은(는) 80 이상이지만 80개월 포인트 가산은 현대카드(367)에만 해당합니다. 그 외 카드사의 포인트 가산값은 60개월입니다 (포인트 일시불 60, 포인트 3개월 할부 63)"},"rationale":"The KCP page documents +80 for Hyundai Card only and +60 for KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori and Citi. A quota of 80 or more on any other card is not a documented request (83 on Shinhan would be read neither as points + 3 nor as 83 months).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-003"},{"id":"card-direct-point-offset-undocumented","title":{"en":"Point offset on a card without a documented offset","ko":"포인트 가산값이 문서화되지 않은 카드사"},"severity":"warning","kinds":["sdk-payment"],"when":{"all":[{"path":"card.direct.code","in":["045","373","364","002","369","048","071","089","372","090"]},{"path":"card.direct.quota","gte":60,"lt":80}]},"assert":{"forbid":"card.direct.quota"},"message":{"en":"`card.direct.quota` {value} looks like a +60 card-point request, but the KCP page documents a point offset only for Hyundai (+80) and KB, BC, Samsung, Hana, Lotte, Shinhan, NH, Woori, Citi (+60), not for this card company","ko":"`card.direct.quota` 값 {value}은(는) 60개월 포인트 가산으로 보이지만 KCP 문서에는 현대카드(+80)와 국민·비씨·삼성·하나·롯데·신한·농협·우리·씨티카드(+60)의 포인트 가산값만 있고 이 카드사는 없습니다"},"rationale":"The KCP page lists the card-point offset for ten card companies only. For MG Saemaul, Jeju, Gwangju, KDB, Suhyup, Shinhyup, Post Office, K Bank, Jeonbuk and Kakao Bank a quota of 60-79 is undocumented: either points are not available through KCP for that card or the month count is wrong.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-003"},{"id":"card-direct-base-months-one","title":{"en":"`card.direct.quota` asks for 1 month or fewer","ko":"`card.direct.quota`가 1개월 또는 음수 할부"},"severity":"error","kinds":["sdk-payment"],"when":{"any":[{"path":"card.direct.quota","equals":1},{"path":"card.direct.quota","lt":0},{"all":[{"path":"card.direct.code","equals":"367"},{"path":"card.direct.quota","equals":81}]},{"all":[{"path":"card.direct.code","in":["361","381","365","368","371","041","374","366","370"]},{"path":"card.direct.quota","equals":61}]}]},"assert":{"forbid":"card.direct.quota"},"message":{"en":"`card.direct.quota` {value} means 1 installment month (or a negative one), which does not exist: use 0 for lump sum or 2 months or more, plus the card-point offset if you use points","ko":"`card.direct.quota` 값 {value}은(는) 1개월(또는 음수) 할부를 뜻하며 이런 할부는 없습니다. 일시불은 0, 할부는 2개월 이상으로 입력하고 포인트 사용 시 포인트 가산값을 더하세요"},"rationale":"The KCP page: lump sum is 0, and the point offset (+80 Hyundai, +60 the other nine listed cards) is added to the month count. Installments start at 2 months (the v1 API documents `card_quota` as 0 or 2 and more), so quota 1, Hyundai 81, or 61 on a +60 card asks for a 1-month installment, and a negative quota is meaningless; KCP answers with an installment error (CC16).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-003"},{"id":"card-direct-installment-minimum","title":{"en":"Direct-call installment below 50,000 KRW","ko":"5만원 미만 결제에 카드사 다이렉트 할부"},"severity":"warning","kinds":["sdk-payment"],"when":{"all":[{"path":"amount","lt":50000},{"any":[{"path":"card.direct.quota","gte":2,"lt":60},{"all":[{"path":"card.direct.code","equals":"367"},{"path":"card.direct.quota","gte":82}]},{"all":[{"path":"card.direct.code","in":["361","381","365","368","371","041","374","366","370"]},{"path":"card.direct.quota","gte":62,"lt":80}]}]}]},"assert":{"forbid":"card.direct.quota"},"message":{"en":"`card.direct.quota` {value} asks for an installment but `amount` is below 50,000 KRW: KCP allows installments from 50,000 KRW (some issuers from 10,000 KRW)","ko":"`amount`가 5만원 미만인데 `card.direct.quota` 값 {value}(으)로 할부를 요청했습니다. 할부 결제는 5만원 이상부터 가능합니다 (일부 카드사는 1만원 이상)"},"rationale":"The KCP page: installments need 50,000 KRW or more (some issuers 10,000 KRW). A direct call fixes the month count, so unlike the window list the buyer cannot fall back to lump sum: the payment is likely to fail (KCP CC34/CC47). The base months are the quota minus the card-point offset (80 for Hyundai 367, 60 for the nine +60 cards); base 0 is lump sum and is not flagged. A warning because some issuers allow installments from 10,000 KRW.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-Q-003"},{"id":"company-with-card-direct","title":{"en":"`card.direct` without `company`","ko":"`card.direct` 사용 시 `company` 누락"},"severity":"warning","kinds":["sdk-payment"],"when":{"present":"card.direct"},"assert":{"require":"company"},"message":{"en":"`company` is missing: with `card.direct` the card company's module shows \"iamport\" instead of your shop name, and several issuers require a merchant name","ko":"`company`가 없습니다. `card.direct` 사용 시 이 값을 설정하지 않으면 카드사 모듈 창에 상호명 대신 iamport로 표기되며 일부 카드사는 상호명이 필수입니다"},"rationale":"The KCP page's direct-call example: \"해당 파라미터를 설정하지 않으면 카드사 모듈 창에 iamport 로 표기\". PortOne's KCP (V2) page adds that KCP requires the merchant name for direct calls to Shinhan, Woori, Hyundai, Samsung, NH, Hana, Lotte and Citi on PC, and always on mobile.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-004"},{"id":"card-direct-and-detail","title":{"en":"`card.direct` and `card.detail` together","ko":"`card.direct`와 `card.detail` 동시 사용"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"exclusive":["card.direct","card.detail"]},"message":{"en":"`card.detail` is sent together with `card.direct`: the KCP page defines `card` as one of the two; keep only the one you need","ko":"`card.direct`와 `card.detail`을 함께 입력했습니다. KCP 문서에서 `card`는 둘 중 하나만 사용하는(oneof) 객체이므로 필요한 하나만 남기세요"},"rationale":"The KCP page types `card` as \"oneof object\": `direct` opens one issuer's module, `detail` filters the list of the integrated window. With both, which one wins is undocumented.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-005"},{"id":"card-direct-not-kcp-listed","title":{"en":"Card company not listed for KCP direct calls","ko":"KCP 다이렉트 호출 목록에 없는 카드사"},"severity":"info","kinds":["sdk-payment"],"assert":{"path":"card.direct.code","notIn":["372","089","090"]},"message":{"en":"card company {value} (Jeonbuk, K Bank or Kakao Bank) is not in KCP's list of direct-callable issuers: test the direct call, or use `card.detail` instead","ko":"카드사 {value}(전북, 케이뱅크, 카카오뱅크)는 KCP 다이렉트 호출 가능 카드사 목록에 없습니다. 다이렉트 호출을 테스트해 보거나 `card.detail`을 사용하세요"},"rationale":"PortOne's KCP (V2) page lists the issuers KCP can open directly (Shinhan, Hyundai, Samsung, NH, Hana, Lotte, Citi, Woori, BC, KB, Post Office, Gwangju, MG Saemaul, Suhyup, Jeju, Shinhyup, savings banks, KDB); Jeonbuk (372), K Bank (089) and Kakao Bank (090) are in PortOne's code table but not in that list. The SDK reference also says direct-call support differs per PG. A PG fact from the V2 page, so info.","source":"https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2","ref":"KCP-CARD-006"},{"id":"card-detail-code","title":{"en":"`card.detail[].card_code` not a card company code","ko":"`card.detail[].card_code` 카드사 코드 오류"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":{"path":"card.detail[*].card_code","enum":["*","361","381","367","365","368","371","041","374","045","373","364","366","002","369","048","370","071","089","372","090"]},"message":{"en":"`{field}` {value} is not a card company code: use \"*\" (all cards) or a code string from PortOne's card code table, with its leading zeros","ko":"`{field}` 값 {value}은(는) 카드사 코드가 아닙니다. \"*\"(전체 카드사) 또는 포트원 카드사 코드표의 코드를 앞자리 0을 포함한 문자열로 입력하세요"},"rationale":"The KCP page points `card.detail[].card_code` to PortOne's card code table, and its example uses `*` for every card company. Any other value (a card name, a number that lost its leading zero) matches no issuer, so the intended card is not enabled or disabled.","source":"https://developers.portone.io/opi/ko/support/code-info/card-code?v=v1","ref":"KCP-CARD-007"},{"id":"card-detail-nothing-enabled","title":{"en":"`card.detail` leaves no card enabled","ko":"`card.detail`로 모든 카드사가 비활성화됨"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"when":{"all":[{"path":"card.detail","some":{"all":[{"path":"card_code","equals":"*"},{"path":"enabled","equals":false}]}},{"path":"card.detail","none":{"all":[{"not":{"path":"card_code","equals":"*"}},{"not":{"path":"enabled","equals":false}}]}}]},"assert":{"forbid":"card.detail"},"message":{"en":"`card.detail` disables every card (\"*\" with enabled: false) and enables none: the buyer cannot choose any card","ko":"`card.detail`에서 모든 카드사를 비활성화(\"*\", enabled: false)하고 활성화한 카드사가 없습니다. 구매자가 선택할 수 있는 카드가 없습니다"},"rationale":"The KCP page's example disables `*` and then enables the wanted card (`366`). Disabling `*` without enabling any code leaves an empty card list in the window.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-008"},{"id":"card-merchant-interest-free-unsupported","title":{"en":"Merchant-paid interest-free installments are not supported by KCP","ko":"상점 부담 무이자 할부는 KCP 미지원"},"severity":"warning","kinds":["sdk-payment"],"assert":{"forbid":["card.detail[*].max_month","useFreeInterestFromMall"]},"message":{"en":"`{field}` sets merchant-paid interest-free installments, which PortOne does not support on KCP: it is ignored","ko":"`{field}`은(는) 상점 부담 무이자 할부 설정이며 KCP에서는 지원되지 않으므로 무시됩니다"},"rationale":"The SDK reference lists the PGs that support `useFreeInterestFromMall` with `card.detail[].max_month`: Toss Payments (new), KSNET, NICE (new), Welcome, KSNET direct and KG Inicis; KCP is not among them.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-CARD-009"},{"id":"card-direct-billing-key","title":{"en":"`card.direct` on a billing-key window","ko":"빌링키 발급 시 `card.direct` 사용"},"severity":"info","kinds":["sdk-billing-key"],"assert":{"forbid":"card.direct"},"message":{"en":"`card.direct` is not supported by KCP when issuing a billing key: the window will not open the card company's module directly","ko":"KCP는 빌링키 발급 시 카드사 다이렉트 호출을 지원하지 않으므로 `card.direct`는 적용되지 않습니다"},"rationale":"PortOne's KCP (V2) page states that direct card-company calls are not available for billing key issuance. A PG fact from the V2 page (parameter names differ in v1), so info.","source":"https://developers.portone.io/opi/ko/integration/pg/v2/kcp-v2?v=v2","ref":"KCP-CARD-011"},{"id":"app-card-with-non-card-method","title":{"en":"`appCard` with a non-card payment method","ko":"카드 외 결제수단에 `appCard` 사용"},"severity":"info","kinds":["sdk-payment"],"when":{"all":[{"path":"appCard","equals":true},{"path":"pay_method","type":"string"},{"not":{"path":"pay_method","equals":"card"}}]},"assert":{"forbid":"appCard"},"message":{"en":"`appCard: true` only affects card payments, but `pay_method` is not `card`","ko":"`appCard: true`는 카드 결제에만 적용되는데 `pay_method`가 `card`가 아닙니다"},"rationale":"The KCP page: `appCard: true` enables only the card issuers' app-card payment, i.e. it shapes the card window. With another method it has no documented effect; usually a leftover from a shared parameter object.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"escrow-products-without-escrow","title":{"en":"`kcpProducts` without `escrow: true`","ko":"`escrow: true` 없이 `kcpProducts` 사용"},"severity":"warning","kinds":["sdk-payment"],"when":{"all":[{"present":"kcpProducts"},{"not":{"path":"escrow","equals":true}}]},"assert":{"forbid":"kcpProducts"},"message":{"en":"`kcpProducts` is only used for escrow payments, but `escrow` is not true: set `escrow: true` or drop `kcpProducts`","ko":"`kcpProducts`는 에스크로 결제에만 사용되는데 `escrow`가 true가 아닙니다. `escrow: true`를 설정하거나 `kcpProducts`를 삭제하세요"},"rationale":"The KCP page: for an escrow payment `escrow` must be true, and when an escrow order bundles cart items their details go in `kcpProducts`. Without escrow the cart details are not used; most often the `escrow` flag was forgotten (or sent as a string).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ESC-002"},{"id":"escrow-without-products","title":{"en":"Escrow payment without `kcpProducts`","ko":"에스크로 결제 시 `kcpProducts` 없음"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"escrow","equals":true},"assert":{"require":"kcpProducts"},"message":{"en":"`kcpProducts` is not set: when an escrow order bundles several cart items, KCP needs each item (orderNumber, name, quantity, amount)","ko":"`kcpProducts`가 없습니다. 장바구니 상품을 묶어서 에스크로 결제하는 경우 각 상품 정보(orderNumber, name, quantity, amount)를 전달해야 합니다"},"rationale":"The KCP page requires `kcpProducts` only when an escrow payment bundles cart items, which the payload cannot tell; PortOne's KCP (V2) page says KCP escrow needs at least one product. Advice only.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ESC-003"},{"id":"escrow-products-wrong-name","title":{"en":"Escrow items under a non-KCP name","ko":"KCP가 아닌 에스크로 상품 파라미터 사용"},"severity":"warning","kinds":["sdk-payment"],"assert":{"forbid":["products","escrowProducts"]},"message":{"en":"`{field}` is not read by KCP (`products` is for Toss Payments escrow): send the items as `kcpProducts` with orderNumber, name, quantity and amount","ko":"`{field}`은(는) KCP에서 사용되지 않습니다 (`products`는 토스페이먼츠 에스크로 전용). 상품 정보는 orderNumber, name, quantity, amount를 가진 `kcpProducts`로 전달하세요"},"rationale":"The SDK reference says `products` is only valid for Toss Payments (new module) escrow; third-party typings call it `escrowProducts`. For KCP the page documents `kcpProducts`, so items sent under the other names never reach KCP.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-ESC-004"},{"id":"bypass-coupon-apply-yn-value","title":{"en":"`bypass.coupon_apply_yn` not Y or N","ko":"`bypass.coupon_apply_yn` 값 오류"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"bypass.coupon_apply_yn","enum":["Y","N"]},"message":{"en":"`bypass.coupon_apply_yn` must be \"Y\" (show the discount-coupon area) or \"N\" (hide it), found {value}","ko":"`bypass.coupon_apply_yn`은 \"Y\"(할인쿠폰 영역 활성) 또는 \"N\"(비활성)이어야 하는데 {value}입니다"},"rationale":"The KCP page documents exactly two values, `Y` (활성) and `N` (비활성), as strings; booleans or lower case are not documented.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-001"},{"id":"bypass-coupon-needs-agreement","title":{"en":"Discount-coupon area needs a KCP agreement","ko":"할인쿠폰 영역은 KCP 협의 필요"},"severity":"info","kinds":["sdk-payment"],"when":{"path":"bypass.coupon_apply_yn","in":["Y","N"]},"assert":{"forbid":"bypass.coupon_apply_yn"},"message":{"en":"`bypass.coupon_apply_yn` only works after an agreement with KCP: check that it is enabled for your site code","ko":"`bypass.coupon_apply_yn`은 KCP와 협의 후 사용 가능한 기능입니다. 사이트코드에 적용되어 있는지 확인하세요"},"rationale":"The KCP page: \"해당 기능은 KCP와 협의 후 사용 가능합니다\". Without the agreement the parameter has no effect.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-001"},{"id":"bypass-skin-indx-numeric","title":{"en":"`bypass.skin_indx` not a number","ko":"`bypass.skin_indx`가 숫자가 아님"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"bypass.skin_indx","that":{"any":[{"path":".","type":"integer"},{"path":".","matches":"^\\d+$"}]}},"message":{"en":"`bypass.skin_indx` must be a skin number from \"1\" to \"11\", found {value}","ko":"`bypass.skin_indx`는 \"1\"부터 \"11\"까지의 스킨 번호여야 하는데 {value}입니다"},"rationale":"The KCP page documents `skin_indx` as a skin number 1-11 (PortOne's KCP V2 page: an integer 1-12); anything that is not a number selects no skin.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-002"},{"id":"bypass-skin-indx-range","title":{"en":"`bypass.skin_indx` outside 1-11","ko":"`bypass.skin_indx`가 1~11 범위 밖"},"severity":"warning","kinds":["sdk-payment"],"when":{"any":[{"path":"bypass.skin_indx","type":"integer"},{"path":"bypass.skin_indx","matches":"^\\d+$"}]},"assert":{"path":"bypass.skin_indx","that":{"any":[{"path":".","matches":"^0*([1-9]|1[01])$"},{"path":".","type":"integer","gte":1,"lte":11}]}},"message":{"en":"`bypass.skin_indx` {value} is outside the skins 1-11 documented for the KCP v1 window","ko":"`bypass.skin_indx` 값 {value}은(는) KCP 문서의 스킨 번호 1~11 범위를 벗어납니다"},"rationale":"The v1 KCP page allows skins 1-11; PortOne's KCP V2 page says 1-12. The sources disagree on 12, so values outside 1-11 are a warning, not an error.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-002"},{"id":"bypass-site-logo-url","title":{"en":"`bypass.site_logo` not an absolute URL","ko":"`bypass.site_logo`가 절대 URL이 아님"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"when":{"path":"bypass.site_logo","type":"string"},"assert":{"path":"bypass.site_logo","format":"url"},"message":{"en":"`bypass.site_logo` {value} must be an absolute http(s) URL of the logo image: KCP's window loads it from its own domain","ko":"`bypass.site_logo` 값 {value}은(는) 로고 이미지의 절대 URL(http/https)이어야 합니다. KCP 결제창은 KCP 도메인에서 이미지를 불러옵니다"},"rationale":"The KCP page documents `site_logo` as the logo shown at the top left of the PC window; the window is served by KCP, so a relative path or a bare file name cannot be resolved. The legacy manual adds: GIF/JPG under 150x50.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-003"},{"id":"bypass-complex-pnt-yn-value","title":{"en":"`bypass.complex_pnt_yn` not Y or N","ko":"`bypass.complex_pnt_yn` 값 오류"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"bypass.complex_pnt_yn","enum":["Y","N"]},"message":{"en":"`bypass.complex_pnt_yn` must be \"Y\" (points with a card) or \"N\" (points only), found {value}","ko":"`bypass.complex_pnt_yn`은 \"Y\"(포인트와 카드 복합결제) 또는 \"N\"(포인트 단독결제)이어야 하는데 {value}입니다"},"rationale":"The KCP page documents two values for the Benepia point mode, `Y` and `N`.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-004"},{"id":"bypass-batch-birth-day-value","title":{"en":"`bypass.batch_birth_day_yn` other than Y","ko":"`bypass.batch_birth_day_yn` 값이 Y가 아님"},"severity":"warning","kinds":["sdk-billing-key"],"assert":{"path":"bypass.batch_birth_day_yn","equals":"Y"},"message":{"en":"`bypass.batch_birth_day_yn` has one documented value, \"Y\" (always show the birth-date box), found {value}: to keep the default, leave it out","ko":"`bypass.batch_birth_day_yn`의 값은 \"Y\"(생년월일 입력박스 항상 표시)만 문서화되어 있는데 {value}입니다. 기본 동작을 원하면 파라미터를 생략하세요"},"rationale":"The KCP page's billing section documents only `Y` (\"생년월일 입력박스 항상 표시\"); the default behaviour is obtained by omitting the parameter. Other values are undocumented.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-005"},{"id":"bypass-batch-birth-day-outside-billing","title":{"en":"`bypass.batch_birth_day_yn` on a payment","ko":"일반결제에 `bypass.batch_birth_day_yn` 사용"},"severity":"warning","kinds":["sdk-payment"],"assert":{"forbid":"bypass.batch_birth_day_yn"},"message":{"en":"`bypass.batch_birth_day_yn` only applies to the billing-key window (with `customer_uid`); this request is a payment","ko":"`bypass.batch_birth_day_yn`은 빌링키 발급(`customer_uid` 입력) 시에만 적용되는데 이 요청은 일반결제입니다"},"rationale":"The KCP page documents `batch_birth_day_yn` in the billing-key section only. On a payment it is ignored; often `customer_uid` was forgotten, turning an intended billing-key request into a payment.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-BP-005"},{"id":"bypass-app-flag-value","title":{"en":"`bypass.app_flag` not Y, N or S","ko":"`bypass.app_flag` 값 오류"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"bypass.app_flag","enum":["Y","N","S"]},"message":{"en":"`bypass.app_flag` must be \"Y\" (KB Pay app card), \"N\" (ISP) or \"S\" (offer both, mobile), found {value}","ko":"`bypass.app_flag`는 \"Y\"(KB Pay 앱카드), \"N\"(ISP), \"S\"(둘 다 노출, 모바일) 중 하나여야 하는데 {value}입니다"},"rationale":"The KCP page documents three values for the KB Kookmin direct call: `Y`, `N` and `S`.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-010"},{"id":"bypass-app-flag-without-kb-direct","title":{"en":"`bypass.app_flag` without a KB direct call","ko":"KB국민카드 다이렉트 호출 없이 `bypass.app_flag` 사용"},"severity":"warning","kinds":["sdk-payment"],"when":{"not":{"path":"card.direct.code","equals":"381"}},"assert":{"forbid":"bypass.app_flag"},"message":{"en":"`bypass.app_flag` only applies to a direct call to KB Kookmin Card (`card.direct.code: \"381\"`), which this request does not make","ko":"`bypass.app_flag`는 KB국민카드 다이렉트 호출(`card.direct.code: \"381\"`) 시에만 적용되는데 이 요청에는 해당 호출이 없습니다"},"rationale":"The KCP page documents `app_flag` for the KB Kookmin direct call only; with any other call it has no effect.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CARD-010"},{"id":"redirect-url-missing","title":{"en":"`m_redirect_url` missing","ko":"`m_redirect_url` 누락"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"require":"m_redirect_url"},"message":{"en":"`m_redirect_url` is missing: on mobile the KCP window redirects instead of calling the callback, so the result is lost without it","ko":"`m_redirect_url`이 없습니다. 모바일에서는 결제 결과가 callback이 아닌 m_redirect_url로 리디렉션되므로 이 값이 없으면 결제 결과를 받을 수 없습니다"},"rationale":"The KCP page: on PC the result goes to the callback, on mobile it is redirected to `m_redirect_url`; the SDK reference adds that in redirect environments the result is not received without it. A PC-only integration may omit it, hence a warning.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-URL-001"},{"id":"url-placeholder","title":{"en":"URL left as a doc placeholder","ko":"URL에 문서의 예시 표기가 남아 있음"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":[{"path":"m_redirect_url","notPattern":"[{}]"},{"path":"notice_url","notPattern":"[{}]"},{"path":"notice_url[*]","notPattern":"[{}]"},{"path":"confirm_url","notPattern":"[{}]"}],"message":{"en":"`{field}` {value} is a placeholder copied from the docs, not a URL: put the absolute URL of your own page or endpoint","ko":"`{field}` 값 {value}은(는) 문서의 예시 표기이며 URL이 아닙니다. 고객사 페이지 또는 엔드포인트의 절대 URL을 입력하세요"},"rationale":"Older PortOne samples write `m_redirect_url: '{모바일에서 결제 완료 후 리디렉션 될 URL}'`, and merchant code copies it verbatim (seen in public repositories). It is not a URL, so the mobile result (or the webhook) goes nowhere. Braces never occur in a real URL unencoded. This replaces the generic URL-format error at the same member with a precise one.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1"},{"id":"redirect-url-doc-placeholder","title":{"en":"`m_redirect_url` left as the doc example","ko":"`m_redirect_url` 예시 값을 그대로 사용"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":{"path":"m_redirect_url","notPattern":"(?i)^https?://testtest\\.test(/.*)?$"},"message":{"en":"`m_redirect_url` {value} is the doc example: mobile buyers would be sent to a page that does not exist; use your own result page","ko":"`m_redirect_url` 값 {value}은(는) 문서의 예시 값입니다. 모바일 구매자가 존재하지 않는 페이지로 이동하므로 고객사의 결제 결과 페이지 URL을 입력하세요"},"rationale":"Both SDK examples on the KCP page send `m_redirect_url: \"https://testtest.test\"`; `.test` is a reserved domain that never resolves, so the mobile result page is lost.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-MISC-006"},{"id":"notice-url-absolute","title":{"en":"`notice_url` not an absolute URL","ko":"`notice_url`이 절대 URL이 아님"},"severity":"error","kinds":["sdk-payment","sdk-billing-key"],"assert":[{"path":"notice_url","that":{"any":[{"path":".","type":"array"},{"path":".","format":"url"},{"path":".","matches":"[{}]"}]}},{"path":"notice_url[*]","that":{"any":[{"path":".","format":"url"},{"path":".","matches":"[{}]"}]}}],"message":{"en":"`{field}` {value} must be an absolute http(s) URL: PortOne's server posts the webhook to it","ko":"`{field}` 값 {value}은(는) 절대 URL(http/https)이어야 합니다. 포트원 서버가 이 주소로 웹훅을 보냅니다"},"rationale":"`notice_url` (a string or, on the KCP page, an array of strings) replaces the console's webhook URL for this payment and the console URL is then not called; PortOne's server can only post to an absolute http(s) URL, so a relative path loses every webhook. Values with `{...}` doc placeholders are left to url-placeholder.","source":"https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1","ref":"KCP-URL-002"},{"id":"url-unreachable-by-portone","title":{"en":"Server-called URL on a local or placeholder host","ko":"포트원 서버가 호출할 수 없는 URL"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key"],"assert":[{"path":"notice_url","notFormat":"local-url"},{"path":"notice_url[*]","notFormat":"local-url"},{"path":"confirm_url","notFormat":"local-url"}],"message":{"en":"`{field}` {value} points to a local, private or placeholder host that PortOne's servers cannot reach: use a public URL (a tunnel in development)","ko":"`{field}` 값 {value}은(는) 포트원 서버가 접근할 수 없는 로컬·사설·예시 주소입니다. 외부에서 접근 가능한 URL을 입력하세요 (개발 중에는 터널링 주소)"},"rationale":"`notice_url` (webhook) and `confirm_url` (confirm process) are called by PortOne's servers, not by the buyer's browser, so `localhost`, private addresses and reserved names such as the docs' `testtest.test` never receive them: webhooks are lost, and an unreachable confirm_url makes every payment fail. Warning, since a test setup may do this on purpose.","source":"https://developers.portone.io/opi/ko/integration/webhook/readme-v1?v=v1","ref":"KCP-URL-003"},{"id":"confirm-url-needs-activation","title":{"en":"`confirm_url` needs activation by PortOne","ko":"`confirm_url`은 포트원 활성화 필요"},"severity":"info","kinds":["sdk-payment"],"when":{"all":[{"path":"confirm_url","format":"url"},{"not":{"path":"confirm_url","format":"local-url"}}]},"assert":{"forbid":"confirm_url"},"message":{"en":"`confirm_url` only works after PortOne tech support enables the confirm process; the endpoint must answer 200 within 10 seconds or the payment is aborted","ko":"`confirm_url`은 포트원 기술지원팀에 요청해 confirm process를 활성화한 후 사용할 수 있습니다. 엔드포인트가 10초 안에 200으로 응답하지 않으면 결제가 중단됩니다"},"rationale":"The SDK reference: using `confirm_url` needs a separate request to support@portone.io. The confirm-process page: PortOne posts imp_uid, merchant_uid and amount just before approval, waits 10 seconds, and any non-200 answer aborts the payment. Advice only.","source":"https://developers.portone.io/opi/ko/extra/confirm-process/readme-v1?v=v1","ref":"KCP-MISC-004"},{"id":"auth-mode-key-in","title":{"en":"`auth_mode` other than key-in","ko":"`auth_mode` 값 오류"},"severity":"error","kinds":["sdk-payment"],"assert":{"path":"auth_mode","enum":["key-in"]},"message":{"en":"`auth_mode` {value} is not supported by KCP: the only value is \"key-in\" (key-in payment window); leave it out for the normal window","ko":"`auth_mode` 값 {value}은(는) KCP에서 지원하지 않습니다. 키인 결제창은 \"key-in\"으로만 호출하며 일반 결제창은 파라미터를 생략하세요"},"rationale":"The KCP page documents `auth_mode: \"key-in\"` (키인결제 이용시 설정) as the only value.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-MISC-002"},{"id":"sdk-params-ignored-by-kcp","title":{"en":"Parameter of another gateway","ko":"다른 PG사 전용 파라미터"},"severity":"info","kinds":["sdk-payment"],"assert":{"forbid":["biz_num","period","niceMobileV2","naverUseCfm","naverPopupMode","naverProducts","naverCultureBenefit","naverProductCode","naverActionType","naverInterface"]},"message":{"en":"`{field}` is a parameter of another gateway (Danal, NICE, Inicis or Naver Pay direct): KCP ignores it","ko":"`{field}`은(는) 다른 PG사(다날, 나이스페이, KG이니시스, 네이버페이 직연동) 전용 파라미터이므로 KCP에서는 무시됩니다"},"rationale":"The SDK reference marks `biz_num` as Danal virtual accounts only; PortOne's NICE page documents `niceMobileV2`; `period` is for Inicis, Danal and NICE; the `naver*` parameters belong to a Naver Pay direct channel (KCP's `naverpay` method goes through KCP). Harmless, but a sign of a parameter object shared between gateways.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-MISC-003"},{"id":"test-site-amount-range","title":{"en":"Amount outside the KCP test site's range","ko":"KCP 테스트 사이트코드 금액 범위 밖"},"severity":"info","kinds":["sdk-payment"],"when":{"all":[{"path":"pg","equals":"kcp.T0000"},{"path":"amount","type":"integer"}]},"assert":{"path":"amount","that":{"any":[{"path":".","gte":1000,"lte":5004},{"path":".","equals":50004}]}},"message":{"en":"`amount` {value} on the public KCP test site (`kcp.T0000`) may be refused: KCP test transactions take 1,000-5,004 KRW lump sum or 50,004 KRW with installments","ko":"KCP 공용 테스트 사이트코드(`kcp.T0000`)에서 `amount` 값 {value}은(는) 거절될 수 있습니다. 테스트 거래는 일시불 1,000~5,004원 또는 할부 50,004원만 가능합니다"},"rationale":"KCP's result code 8129 (PortOne's KCP code workbook) says test transactions must be 1,000 to 5,004 KRW lump sum or 50,004 KRW with installments. Only the public test site code is recognisable in the payload, and PortOne's playground uses other amounts on its own test channel, so advice only.","source":"https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1","ref":"KCP-TEST-001"}]}"#####),
        ("30-rest-fields.yaml", #####"{"catalogue":"kcp-rest-fields","version":1,"description":"Field dictionary of the PortOne v1 REST calls used with NHN KCP: /subscribe/payments/onetime, /subscribe/customers/{customer_uid}, /subscribe/payments/again and /subscribe/payments/schedule.","fieldSets":{"rest-order":{"merchant_uid":{"type":"string","maxLength":40,"title":{"en":"Merchant order number (unique per charge)","ko":"고객사 주문 고유 번호"}},"amount":{"type":"number","minimum":0,"title":{"en":"Amount to charge (KRW)","ko":"결제금액"}},"name":{"type":"string","maxLength":40,"title":{"en":"Order name","ko":"주문명"}}},"rest-buyer":{"buyer_name":{"type":"string","maxLength":16,"title":{"en":"Buyer name","ko":"주문자명"}},"buyer_email":{"type":"string","maxLength":64,"title":{"en":"Buyer e-mail","ko":"주문자 E-mail 주소"}},"buyer_tel":{"type":"string","maxLength":16,"title":{"en":"Buyer phone number","ko":"주문자 전화번호"}},"buyer_addr":{"type":"string","maxLength":128,"title":{"en":"Buyer address","ko":"주문자 주소"}},"buyer_postcode":{"type":"string","maxLength":8,"title":{"en":"Buyer postcode","ko":"주문자 우편번호"}}},"rest-charge-options":{"tax_free":{"type":"number","minimum":0,"title":{"en":"Tax-free portion of the amount","ko":"면세공급가액"}},"vat_amount":{"type":["number","null"],"title":{"en":"VAT amount (not supported by KCP)","ko":"부가세 금액 (KCP 미지원)"}},"currency":{"type":"string","title":{"en":"Currency (default KRW)","ko":"결제 통화 (기본값 KRW)"}},"card_quota":{"type":"integer","title":{"en":"Installment months (0 = lump sum)","ko":"카드 할부 개월수 (0 = 일시불)"}},"custom_data":{"type":"any","title":{"en":"Custom data stored with the payment (a JSON string)","ko":"결제정보와 함께 저장할 추가 정보 (JSON 문자열)"}},"notice_url":{"type":"string","title":{"en":"Webhook URL for this payment (an absolute URL)","ko":"결제 결과를 통지받을 Notification URL(Webhook URL)"}},"browser_ip":{"type":"string","title":{"en":"Buyer browser IP","ko":"구매자 브라우저 IP"}},"bypass":{"type":["string","object"],"open":true,"title":{"en":"PG-specific parameters as a JSON string","ko":"JSON 문자열 형식의 PG사별 파라미터"}},"promotion_id":{"type":"string","title":{"en":"Promotion id (promotion-id-…)","ko":"프로모션 아이디 (promotion-id-로 시작)"}},"interest_free_by_merchant":{"type":"boolean","title":{"en":"Merchant-paid interest-free installments (not KCP)","ko":"고객사 부담 무이자 할부 여부 (KCP 미지원)"}},"use_card_point":{"type":"boolean","title":{"en":"Pay with card points (not KCP)","ko":"카드사 포인트 사용 여부 (KCP 미지원)"}},"product_type":{"type":"string","enum":["real","digital"],"title":{"en":"Real or digital goods (KSNET, not KCP)","ko":"주문 상품 구분 (KSNET 전용, KCP 미지원)"}}},"rest-card":{"card_number":{"type":"string","sensitive":"pan","title":{"en":"Card number (dddd-dddd-dddd-dddd)","ko":"카드번호 (dddd-dddd-dddd-dddd)"}},"expiry":{"type":"string","sensitive":"full","title":{"en":"Card expiry (YYYY-MM)","ko":"카드 유효기간 (YYYY-MM)"}},"birth":{"type":"string","sensitive":"full","title":{"en":"Date of birth YYMMDD, or a 10-digit business number for corporate cards","ko":"생년월일 6자리 (법인카드의 경우 사업자등록번호 10자리)"}},"pwd_2digit":{"type":"string","sensitive":"full","title":{"en":"First 2 digits of the card password","ko":"카드비밀번호 앞 2자리"}},"cvc":{"type":"string","sensitive":"full","title":{"en":"Card verification code (Paymentwall only)","ko":"카드 인증번호 (페이먼트월 전용)"}}}},"kinds":[{"id":"rest-onetime","fieldSets":["rest-order","rest-buyer","rest-charge-options","rest-card"],"fields":{"customer_uid":{"type":"string","maxLength":80,"title":{"en":"Billing key id: when given, the card is also saved as a billing key","ko":"구매자의 결제 수단 식별 고유번호 (지정하면 빌링키도 함께 저장됩니다)"}},"pg":{"type":"string","maxLength":80,"title":{"en":"PG code: kcp, or kcp. followed by the site code","ko":"PG 구분코드 (kcp 또는 kcp.사이트코드)"}},"channelGroupId":{"type":"string","maxLength":55,"title":{"en":"Smart-routing channel group id (pg is then ignored)","ko":"스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}},"channel_key":{"type":"string","maxLength":55,"title":{"en":"Channel key (not a documented parameter of /onetime)","ko":"채널키 (/onetime에는 정의되지 않은 파라미터)"}},"vat":{"type":"number","title":{"en":"VAT (deprecated)","ko":"부가세 (지원 중단)"},"deprecated":{"en":"use `tax_free`; the VAT is then computed as (amount - tax_free) / 11","ko":"`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"},"replacement":"tax_free"},"secure_3d_charge_id":{"type":"string","title":{"en":"3-D Secure charge id (Paymentwall only)","ko":"3D secure 결제 ID (페이먼트월 전용)"}},"secure_3d_token":{"type":"string","title":{"en":"3-D Secure token (Paymentwall only)","ko":"3D secure 토큰 (페이먼트월 전용)"}}}},{"id":"rest-billing-key","fieldSets":["rest-card"],"fields":{"customer_uid":{"type":"string","maxLength":80,"title":{"en":"Billing key id (belongs in the URL path)","ko":"구매자의 결제 수단 식별 고유번호 (URL 경로에 넣는 값)"}},"channel_key":{"type":"string","maxLength":55,"title":{"en":"Channel key of the KCP API billing channel","ko":"KCP API 빌링 채널의 채널키"}},"channel_group_id":{"type":"string","maxLength":55,"title":{"en":"Smart-routing channel group id (pg is then ignored)","ko":"스마트 라우팅 채널 그룹 아이디 (지정하면 pg는 무시됩니다)"}},"pg":{"type":"string","maxLength":80,"title":{"en":"PG code: kcp, or kcp. followed by the site code","ko":"PG 구분코드 (kcp 또는 kcp.사이트코드)"}},"customer_id":{"type":"string","title":{"en":"Buyer id (Toss Payments only)","ko":"구매자 ID (토스페이먼츠 전용)"}},"customer_name":{"type":"string","maxLength":20,"title":{"en":"Card holder name","ko":"고객(카드소지자) 관리용 성함"}},"customer_tel":{"type":"string","maxLength":20,"title":{"en":"Card holder phone number","ko":"고객(카드소지자) 전화번호"}},"customer_email":{"type":"string","maxLength":200,"title":{"en":"Card holder e-mail","ko":"고객(카드소지자) Email"}},"customer_addr":{"type":"string","maxLength":200,"title":{"en":"Card holder address","ko":"고객(카드소지자) 주소"}},"customer_postcode":{"type":"string","maxLength":8,"title":{"en":"Card holder postcode","ko":"고객(카드소지자) 우편번호"}}}},{"id":"rest-again","fieldSets":["rest-order","rest-buyer","rest-charge-options"],"fields":{"customer_uid":{"type":"string","maxLength":80,"title":{"en":"Billing key id","ko":"구매자의 결제 수단 식별 고유번호 (빌링키와 매핑)"}},"channel_key":{"type":"string","maxLength":55,"title":{"en":"Channel key (picks a channel of a multi-channel billing key)","ko":"채널키 (복수 채널 빌링키에서 결제할 채널 지정)"}},"vat":{"type":"number","title":{"en":"VAT (deprecated)","ko":"부가세 (지원 중단)"},"deprecated":{"en":"use `tax_free`; the VAT is then computed as (amount - tax_free) / 11","ko":"`tax_free` 파라미터를 사용하세요. 부가세는 (amount - tax_free) / 11로 계산됩니다"},"replacement":"tax_free"},"product_count":{"type":"integer","minimum":1,"title":{"en":"Number of products (default 1)","ko":"결제 상품의 개수 (기본값 1)"}},"cash_receipt_type":{"type":"string","enum":["person","company","anonymous"],"title":{"en":"Cash receipt target (Toss Pay only, not KCP)","ko":"현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}},"extra":{"type":"object","title":{"en":"Extra parameters","ko":"추가 파라미터"},"properties":{"naverUseCfm":{"type":"string","title":{"en":"Naver Pay service completion date YYYYMMDD (not KCP)","ko":"네이버페이 이용완료일 YYYYMMDD (KCP 미지원)"}}}}}},{"id":"rest-schedule","fieldSets":["rest-card"],"fields":{"customer_uid":{"type":"string","maxLength":80,"title":{"en":"Billing key id","ko":"구매자의 결제 수단 식별 고유번호 (빌링키와 매핑)"}},"customer_id":{"type":"string","title":{"en":"Buyer id (Toss Payments only)","ko":"구매자 ID (토스페이먼츠 전용)"}},"checking_amount":{"type":"integer","minimum":0,"title":{"en":"Test charge approved and cancelled at once (0 = no test)","ko":"유효카드 체크 승인금액 (결제 직후 자동 취소, 0이면 테스트하지 않음)"}},"channel_key":{"type":"string","maxLength":55,"title":{"en":"Channel key (new billing key, or a channel of a multi-channel key)","ko":"채널키 (신규 빌링키 발급 채널 또는 복수 채널 빌링키의 채널)"}},"pg":{"type":"string","maxLength":80,"title":{"en":"PG code (no longer documented for /schedule)","ko":"PG 구분코드 (/schedule에서 더 이상 문서화되지 않음)"},"deprecated":{"en":"PortOne's current API reference no longer lists `pg` for /subscribe/payments/schedule (it only ever applied to a new `customer_uid`); select the channel with `channel_key`","ko":"포트원 API 문서에서 /subscribe/payments/schedule의 `pg` 파라미터가 삭제되었습니다 (신규 `customer_uid`를 등록할 때만 적용되던 값입니다). `channel_key`로 채널을 지정하세요"},"replacement":"channel_key"},"schedules":{"type":"array","required":true,"minItems":1,"title":{"en":"Scheduled charges","ko":"결제예약 스케줄"},"items":{"type":"object","properties":{"merchant_uid":{"type":"string","maxLength":40,"title":{"en":"Merchant order number (unique per charge)","ko":"고객사 주문 고유 번호"}},"schedule_at":{"type":"integer","title":{"en":"When to charge: Unix time in seconds","ko":"결제요청 예약시각 (UNIX timestamp, 초 단위)"}},"amount":{"type":"number","minimum":0,"title":{"en":"Amount to charge (KRW)","ko":"결제금액"}},"currency":{"type":"string","title":{"en":"Currency (default KRW)","ko":"결제 통화 (기본값 KRW)"}},"name":{"type":"string","maxLength":40,"title":{"en":"Order name","ko":"주문명"}},"tax_free":{"type":"number","minimum":0,"title":{"en":"Tax-free portion of the amount","ko":"면세공급가액"}},"vat_amount":{"type":["number","null"],"title":{"en":"VAT amount (not supported by KCP)","ko":"부가세 금액 (KCP 미지원)"}},"buyer_name":{"type":"string","maxLength":16,"title":{"en":"Buyer name","ko":"주문자명"}},"buyer_email":{"type":"string","maxLength":64,"title":{"en":"Buyer e-mail","ko":"주문자 E-mail 주소"}},"buyer_tel":{"type":"string","maxLength":16,"title":{"en":"Buyer phone number","ko":"주문자 전화번호"}},"buyer_addr":{"type":"string","maxLength":128,"title":{"en":"Buyer address","ko":"주문자 주소"}},"buyer_postcode":{"type":"string","maxLength":8,"title":{"en":"Buyer postcode","ko":"주문자 우편번호"}},"custom_data":{"type":"any","title":{"en":"Custom data stored with the payment (a JSON string)","ko":"결제정보와 함께 저장할 추가 정보 (JSON 문자열)"}},"notice_url":{"type":"string","title":{"en":"Webhook URL for this payment (an absolute URL)","ko":"결제 결과를 통지받을 Notification URL(Webhook URL)"}},"card_quota":{"type":"integer","title":{"en":"Installment months (0 = lump sum)","ko":"카드 할부 개월수 (0 = 일시불)"}},"product_count":{"type":"integer","minimum":1,"title":{"en":"Number of products (default 1)","ko":"결제 상품의 개수 (기본값 1)"}},"browser_ip":{"type":"string","title":{"en":"Buyer browser IP","ko":"구매자 브라우저 IP"}},"bypass":{"type":["string","object"],"open":true,"title":{"en":"PG-specific parameters as a JSON string","ko":"JSON 문자열 형식의 PG사별 파라미터"}},"promotion_id":{"type":"string","title":{"en":"Promotion id (promotion-id-…)","ko":"프로모션 아이디 (promotion-id-로 시작)"}},"extra":{"type":"object","title":{"en":"Extra parameters","ko":"추가 파라미터"},"properties":{"naverUseCfm":{"type":"string","title":{"en":"Naver Pay service completion date YYYYMMDD (not KCP)","ko":"네이버페이 이용완료일 YYYYMMDD (KCP 미지원)"}}}},"product_type":{"type":"string","enum":["real","digital"],"title":{"en":"Real or digital goods (KSNET, not KCP)","ko":"주문 상품 구분 (KSNET 전용, KCP 미지원)"}},"cash_receipt_type":{"type":"string","enum":["person","company","anonymous"],"title":{"en":"Cash receipt target (Toss Pay only, not KCP)","ko":"현금영수증 발행대상 ((신) 토스페이 전용, KCP 미지원)"}},"interest_free_by_merchant":{"type":"boolean","title":{"en":"Merchant-paid interest-free installments (not KCP)","ko":"고객사 부담 무이자 할부 여부 (KCP 미지원)"}},"use_card_point":{"type":"boolean","title":{"en":"Pay with card points (not KCP)","ko":"카드사 포인트 사용 여부 (KCP 미지원)"}}}}}}}]}"#####),
        ("40-rest-rules.yaml", #####"{"catalogue":"kcp-rest-rules","version":1,"description":"Identity and amount rules of every kind, and the rules of the PortOne v1 REST calls used with NHN KCP (key-in payment, billing-key issuance, billing-key charge and scheduled charges).","rules":[{"id":"merchant-uid-missing","title":{"en":"`merchant_uid` is missing","ko":"`merchant_uid` 누락"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again"],"assert":{"require":"merchant_uid"},"message":{"en":"`merchant_uid` is required: send your own order number, unique for every payment request","ko":"`merchant_uid`(고객사 주문 고유 번호)는 필수입니다. 결제 요청마다 고유하게 채번해야 합니다"},"rationale":"The KCP page lists `merchant_uid` among the main parameters of IMP.request_pay (also in its billing-key example) and the v1 REST schema marks it required on /subscribe/payments/onetime and /subscribe/payments/again. An empty or blank string counts as missing.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ID-001"},{"id":"schedules-merchant-uid-missing","title":{"en":"A scheduled charge has no `merchant_uid`","ko":"예약 건의 `merchant_uid` 누락"},"severity":"error","kinds":["rest-schedule"],"assert":{"require":"schedules[*].merchant_uid"},"message":{"en":"`{field}` is required: every scheduled charge needs its own order number","ko":"`{field}`는 필수입니다. 예약 건마다 고유한 주문번호를 전달해야 합니다"},"rationale":"`merchant_uid` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema); PortOne runs each item as a separate /again payment under that order number.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-ID-001"},{"id":"merchant-uid-not-string","title":{"en":"`merchant_uid` is not a string","ko":"`merchant_uid`가 문자열이 아님"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"merchant_uid","type":"string"},{"path":"schedules[*].merchant_uid","type":"string"}],"message":{"en":"`{field}` must be a string, found {value}: send the order number as text","ko":"`{field}`는 문자열이어야 하는데 {value}입니다. 주문번호는 문자열로 보내야 합니다"},"rationale":"Every PortOne source types `merchant_uid` as a string. A number loses leading zeros and, above 2^53, digits (JavaScript numbers), so the order number PortOne stores is not the one the merchant's database holds.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"merchant-uid-charset","title":{"en":"`merchant_uid` has characters KCP does not take","ko":"`merchant_uid`에 KCP가 받지 않는 문자가 있음"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"merchant_uid","that":{"any":[{"not":{"path":".","matches":"\\S"}},{"path":".","length":{"min":41}},{"not":{"path":".","matches":"[^A-Za-z0-9_-]"}}]}},{"path":"schedules[*].merchant_uid","that":{"any":[{"not":{"path":".","matches":"\\S"}},{"path":".","length":{"min":41}},{"not":{"path":".","matches":"[^A-Za-z0-9_-]"}}]}}],"message":{"en":"`{field}` contains characters other than letters, digits, `-` and `_`: KCP takes order numbers made of letters and digits","ko":"`{field}`에 영문, 숫자, `-`, `_` 외의 문자가 있습니다. KCP는 영문과 숫자로 된 주문번호를 받습니다"},"rationale":"PortOne passes `merchant_uid` to KCP as the order number. PortOne's V2 KCP page (a fact about the PG) allows only letters and digits in it; the v1 KCP page's own examples use `-` and `_` (`order_no_0001`, `A00021-TEST`), so those two are accepted. Anything else (Hangul, spaces, `#`, `/`, `.`) is a warning, not an error, because the v1 documentation does not state the limit. Blank values are `merchant-uid-missing`; values over 40 characters are already a field-length error.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ID-003"},{"id":"merchant-uid-doc-sample","title":{"en":"`merchant_uid` is a sample value from the documentation","ko":"`merchant_uid`가 문서의 예시 값임"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"merchant_uid","notIn":["order_no_0001","order_id_8237352","order_monthly_0001","A00021-TEST","your_merchant_uid1","your_merchant_uid2","ORD20180131-0000011","57008833-33004"]},{"path":"schedules[*].merchant_uid","notIn":["order_no_0001","order_id_8237352","order_monthly_0001","A00021-TEST","your_merchant_uid1","your_merchant_uid2","ORD20180131-0000011","57008833-33004"]}],"message":{"en":"`{field}` is {value}, a sample value from PortOne's documentation: generate a unique order number for every payment","ko":"`{field}` 값 {value}는 포트원 문서의 예시 값입니다. 결제 요청마다 고유한 주문번호를 채번해야 합니다"},"rationale":"A `merchant_uid` that has already been paid is refused before the window opens (F1002, \"already paid\"), and a value copied from the documentation is reused by every test run and every integration that copied it. The list holds the values of the KCP page (`order_no_0001`, `order_id_8237352`, `order_monthly_0001`, `A00021-TEST`) and of the REST reference's schedule example (`your_merchant_uid1`, `your_merchant_uid2`), and the two of PortOne's generic v1 SDK samples that merchant code copies most (`ORD20180131-0000011`, `57008833-33004`). A warning: the first use of the value in an account works.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ID-004"},{"id":"schedules-merchant-uid-duplicate","title":{"en":"Two scheduled charges share a `merchant_uid`","ko":"예약 건의 `merchant_uid` 중복"},"severity":"error","kinds":["rest-schedule"],"assert":{"path":"schedules","unique":"merchant_uid"},"message":{"en":"`{field}` is {value}, the order number of an earlier scheduled charge: every scheduled charge needs its own `merchant_uid`","ko":"`{field}` 값 {value}는 앞선 예약 건의 주문번호와 같습니다. 예약 건마다 고유한 `merchant_uid`를 전달해야 합니다"},"rationale":"The REST reference of /subscribe/payments/schedule says each scheduled charge must carry its own `merchant_uid` and that one order number cannot be paid twice, so the second of two items with the same `merchant_uid` can never be charged.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-ID-005"},{"id":"customer-uid-missing","title":{"en":"`customer_uid` is missing","ko":"`customer_uid` 누락"},"severity":"error","kinds":["sdk-billing-key","rest-again","rest-schedule"],"assert":{"require":"customer_uid"},"message":{"en":"`customer_uid` is required: it names the billing key to issue or to charge","ko":"`customer_uid`는 필수입니다. 발급하거나 결제할 빌링키를 지정하는 값입니다"},"rationale":"`customer_uid` is what makes IMP.request_pay issue a billing key (KCP page: \"빌링키 발급 요청 시에는 customer_uid 파라미터를 입력한 후 호출해야 합니다\"), and the v1 REST schema requires it on /subscribe/payments/again and /subscribe/payments/schedule. On /subscribe/customers it is a path parameter and is not checked in the body. An empty string counts as missing.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-ID-006"},{"id":"customer-uid-doc-sample","title":{"en":"`customer_uid` is the documentation's sample value","ko":"`customer_uid`가 문서의 예시 값임"},"severity":"warning","kinds":["sdk-billing-key","rest-onetime","rest-billing-key","rest-again","rest-schedule"],"assert":{"path":"customer_uid","notIn":["your-customer-unique-id","gildong_0001_1234"]},"message":{"en":"`customer_uid` is {value}, a sample value of PortOne's documentation: use your own id for each customer's card","ko":"`customer_uid` 값 {value}는 포트원 문서의 예시 값입니다. 고객의 카드마다 고유한 값을 지정해야 합니다"},"rationale":"`customer_uid` maps one to one to a billing key. When every customer shares the sample value, each new card re-maps it (the previous key stays active at KCP) and later charges hit whichever card was registered last. A warning, because a test account may use it on purpose. The list holds the KCP page's value and the one of PortOne's generic billing-key guide (`gildong_0001_1234`), which merchant code copies into schedule bodies.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-ID-008"},{"id":"customer-uid-in-body","title":{"en":"`customer_uid` in the body of /subscribe/customers","ko":"/subscribe/customers 요청 본문의 `customer_uid`"},"severity":"info","kinds":["rest-billing-key"],"assert":{"path":"customer_uid","that":{"not":{"all":[{"path":".","type":"string"},{"path":".","length":{"max":80}}]}}},"message":{"en":"`customer_uid` belongs in the URL path of this call (/subscribe/customers/ followed by the id); the copy in the body is not used","ko":"`customer_uid`는 요청 본문이 아니라 URL 경로(/subscribe/customers/ 뒤)에 넣는 값입니다. 본문의 값은 사용되지 않습니다"},"rationale":"The v1 REST schema defines `customer_uid` of POST /subscribe/customers/{customer_uid} as a path parameter only; the billing key is saved under the path value. kcplint accepts the body copy (the dictionary knows it) and says where it belongs. Whether it differs from the path cannot be told from the body alone.","source":"https://developers.portone.io/api/rest-v1/billingkey?v=v1","ref":"KCP-ID-009"},{"id":"customer-uid-onetime-saves-billing-key","title":{"en":"/onetime with `customer_uid` also saves a billing key","ko":"`customer_uid`가 있는 /onetime은 빌링키도 저장함"},"severity":"info","kinds":["rest-onetime"],"assert":{"path":"customer_uid","that":{"not":{"all":[{"path":".","matches":"\\S"},{"path":".","length":{"max":80}}]}}},"message":{"en":"with `customer_uid`, /subscribe/payments/onetime also saves this card as the billing key {value}; reusing an existing `customer_uid` re-maps it to this card","ko":"`customer_uid`를 지정하면 /subscribe/payments/onetime 결제와 함께 이 카드가 {value} 빌링키로 저장됩니다. 이미 사용한 `customer_uid`를 다시 쓰면 이 카드로 다시 매핑됩니다"},"rationale":"The KCP page: calling /subscribe/payments/onetime with `customer_uid` issues a billing key and pays at once; without it, the card is used once and not stored. Re-using a `customer_uid` re-maps it to the newest card (PortOne's non-authenticated payment guide). Advice only.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1"},{"id":"amount-missing","title":{"en":"`amount` is missing","ko":"`amount` 누락"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again"],"assert":{"require":"amount"},"message":{"en":"`amount` is required: send the amount as a JSON number","ko":"`amount`(결제금액)은 필수입니다. 숫자로 입력해야 합니다"},"rationale":"The KCP page lists `amount` among the main parameters of a payment and of a billing-key request (where it is the amount shown in the window, 0 allowed); the v1 REST schema requires it on /onetime and /again. An empty string counts as missing.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-AMT-001"},{"id":"schedules-amount-missing","title":{"en":"A scheduled charge has no `amount`","ko":"예약 건의 `amount` 누락"},"severity":"error","kinds":["rest-schedule"],"assert":{"require":"schedules[*].amount"},"message":{"en":"`{field}` is required: the amount of this scheduled charge, as a JSON number","ko":"`{field}`(예약 결제금액)은 필수입니다. 숫자로 입력해야 합니다"},"rationale":"`amount` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema).","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-AMT-001"},{"id":"amount-formatted-string","title":{"en":"`amount` is a formatted string","ko":"`amount`가 서식이 들어간 문자열임"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"amount","that":{"not":{"path":".","matches":"[^0-9\\s]"}}},{"path":"schedules[*].amount","that":{"not":{"path":".","matches":"[^0-9\\s]"}}}],"message":{"en":"`{field}` must be a JSON number such as 10000, not the string {value}: separators, decimals and currency signs make it unreadable as an amount","ko":"`{field}`는 10000처럼 숫자로 보내야 합니다. 쉼표, 소수점, 통화 기호가 들어간 문자열 {value}는 결제금액으로 읽을 수 없습니다"},"rationale":"The KCP page types `amount` as an integer and the REST schema as a number. A display string such as \"10,000\", \"₩64,900\" or \"9,900원\" cannot be read as an amount (KCP result codes 9009, 8105: amount must be digits). A plain digit string such as \"1000\" is the dictionary's field-type error.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-AMT-001"},{"id":"amount-object","title":{"en":"`amount` is an object (V2 shape)","ko":"`amount`가 객체임 (V2 형식)"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"amount","that":{"not":{"path":".","type":"object"}}},{"path":"schedules[*].amount","that":{"not":{"path":".","type":"object"}}}],"message":{"en":"`{field}` must be a JSON number; {value} is the V2 object form (`amount.total`), which the v1 API does not accept","ko":"`{field}`는 숫자여야 합니다. {value}는 V2 API의 객체 형식(`amount.total`)이며 v1 API에서는 사용할 수 없습니다"},"rationale":"The v1 REST schema and the KCP page type `amount` as a number. PortOne's own v1 non-authenticated payment guide shows /subscribe/payments/again with `amount` as an object holding `total`, which is the V2 API's shape; copied into a v1 call it is rejected. The schema wins over the guide.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-AMT-001"},{"id":"amount-not-integer","title":{"en":"`amount` has a fraction","ko":"`amount`가 정수가 아님"},"severity":"error","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-again","rest-schedule"],"when":{"not":{"any":[{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]},{"path":"schedules","some":{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]}}]}},"because":{"en":"the currency is KRW (or not set), which has no fractional unit","ko":"통화가 KRW(또는 미지정)이며, 원화에는 소수 단위가 없습니다"},"assert":[{"path":"amount","that":{"any":[{"not":{"path":".","type":"number"}},{"path":".","type":"integer"}]}},{"path":"schedules[*].amount","that":{"any":[{"not":{"path":".","type":"number"}},{"path":".","type":"integer"}]}}],"message":{"en":"`{field}` must be a whole number of won, found {value}: round it before sending (floating-point arithmetic leaves values like 27806.999999999996)","ko":"`{field}`는 원 단위 정수여야 하는데 {value}입니다. 부동소수점 계산으로 생긴 값(예: 27806.999999999996)은 반올림해서 보내야 합니다"},"rationale":"The KCP page types `amount` as an integer and the won has no minor unit; KCP refuses amounts that are not plain digits (result codes 8105, 8156-8158). Prices computed with discounts or percentages in floating point often come out as 27806.999999999996. Payloads in another currency (USD) are not checked here: cents are legitimate there.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-AMT-002"},{"id":"amount-zero","title":{"en":"`amount` is 0","ko":"`amount`가 0임"},"severity":"error","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"amount","notIn":[0]},{"path":"schedules[*].amount","notIn":[0]}],"message":{"en":"`{field}` is 0: a payment must charge more than 0 (only a billing-key request through the window may show 0)","ko":"`{field}`가 0입니다. 결제금액은 0보다 커야 합니다 (0원은 결제창 빌링키 발급 요청에서만 사용할 수 있습니다)"},"rationale":"A payment of 0 won is not a payment: the KCP page uses 0 only in the billing-key example, where the amount is merely shown and nothing is approved. Negative amounts are the dictionary's field-range error (minimum 0).","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-AMT-003"},{"id":"amount-below-card-minimum","title":{"en":"Card payment below 1,000 won","ko":"신용카드 결제금액이 1,000원 미만"},"severity":"warning","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"when":{"all":[{"any":[{"absent":"pay_method"},{"path":"pay_method","equals":"card"}]},{"not":{"any":[{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]},{"path":"schedules","some":{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]}}]}}]},"because":{"en":"this is a card payment in KRW","ko":"원화 신용카드 결제입니다"},"assert":[{"path":"amount","that":{"any":[{"not":{"path":".","type":"number"}},{"path":".","lte":0},{"path":".","gte":1000}]}},{"path":"schedules[*].amount","that":{"any":[{"not":{"path":".","type":"number"}},{"path":".","lte":0},{"path":".","gte":1000}]}}],"message":{"en":"`{field}` is {value} won: KCP's minimum card payment is 1,000 won","ko":"`{field}`가 {value}원입니다. KCP 신용카드 결제의 최소 금액은 1,000원입니다"},"rationale":"KCP's result code 9010 refuses card payments below 1,000 won. A warning rather than an error: PortOne's playground charges 100 won on KCP's public test channel. 0 is `amount-zero` and negative amounts are a field-range error.","source":"https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1","ref":"KCP-AMT-004"},{"id":"tax-free-out-of-range","title":{"en":"`tax_free` is negative or above `amount`","ko":"`tax_free`가 음수이거나 `amount`보다 큼"},"severity":"error","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"tax_free","min":0,"message":{"en":"`{field}` is {value}: the tax-free portion cannot be negative","ko":"`{field}`가 {value}입니다. 면세금액은 음수일 수 없습니다"}},{"path":"tax_free","that":{"any":[{"not":{"path":".","type":"number"}},{"not":{"path":"$.amount","type":"number"}},{"path":".","lte":{"path":"$.amount"}}]}},{"path":"schedules[*].tax_free","min":0,"message":{"en":"`{field}` is {value}: the tax-free portion cannot be negative","ko":"`{field}`가 {value}입니다. 면세금액은 음수일 수 없습니다"}},{"path":"schedules[*]","that":{"any":[{"not":{"path":"tax_free","type":"number"}},{"not":{"path":"amount","type":"number"}},{"path":"tax_free","lte":{"path":"amount"}}]},"message":{"en":"`tax_free` of `{field}` is greater than its `amount`: the tax-free portion is part of the amount","ko":"`{field}`의 `tax_free`가 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"}}],"message":{"en":"`tax_free` ({value}) is greater than `amount`: the tax-free portion is part of the amount","ko":"`tax_free`({value})가 `amount`보다 큽니다. 면세금액은 결제금액 중 일부여야 합니다"},"rationale":"`tax_free` is \"the tax-exempt part of `amount`\" (SDK reference and v1 REST schema): the VAT is (amount - tax_free) / 11, so a negative value or one above `amount` makes no sense and KCP refuses the mismatch (result codes 8564, 8074).","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-TAX-001"},{"id":"tax-free-needs-kcp-contract","title":{"en":"`tax_free` needs a KCP mixed-taxation contract","ko":"`tax_free`는 KCP 복합과세 계약이 필요함"},"severity":"info","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"tax_free","that":{"not":{"all":[{"path":".","gt":0},{"path":".","lte":{"path":"$.amount"}}]}}},{"path":"schedules[*].tax_free","that":{"not":{"path":".","gt":0}}}],"message":{"en":"`{field}` sets a tax-free portion: KCP applies it only on a site code contracted for mixed taxation; otherwise the settled amounts can differ from the request","ko":"`{field}`로 면세금액을 지정했습니다. KCP와 복합과세 계약이 된 사이트코드에서만 적용되며, 그렇지 않으면 정산 금액이 요청과 달라질 수 있습니다"},"rationale":"Setting the tax-free amount or the VAT directly needs a separate contract with KCP (PortOne's V2 KCP page, a fact about the PG; KCP result code 8011 \"mixed-tax amount setup\"). 0, the documented default, draws nothing; out-of-range values are `tax-free-out-of-range`.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-TAX-002"},{"id":"vat-amount-not-supported","title":{"en":"`vat_amount` is not supported by KCP","ko":"`vat_amount`는 KCP에서 지원하지 않음"},"severity":"warning","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"assert":{"forbid":["vat_amount","schedules[*].vat_amount"]},"message":{"en":"`{field}` is not supported by NHN KCP (only NICE, INICIS, Welcome and new Toss Pay take it): the VAT is computed from `amount` and `tax_free`","ko":"`{field}`는 NHN KCP에서 지원하지 않는 파라미터입니다 (나이스페이먼츠, 이니시스, 웰컴페이먼츠, (신) 토스페이 전용). 부가세는 `amount`와 `tax_free`로 계산됩니다"},"rationale":"The SDK reference and the v1 REST schema list the gateways that honour `vat_amount`; KCP is not among them, so a VAT the merchant relies on is silently not applied.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-TAX-003"},{"id":"vat-deprecated","title":{"en":"`vat` is deprecated","ko":"`vat`는 지원 중단된 파라미터"},"severity":"warning","kinds":["sdk-payment","rest-onetime","rest-again"],"assert":{"forbid":"vat"},"message":{"en":"`vat` is deprecated: send the tax-free portion in `tax_free` instead (the VAT is then (amount - tax_free) / 11)","ko":"`vat`는 지원 중단된 파라미터입니다. 면세금액을 `tax_free`로 전달하세요 (부가세는 (amount - tax_free) / 11로 계산됩니다)"},"rationale":"The v1 REST schema marks `vat` deprecated (\"use the tax_free parameter\") on /onetime and /again, and the 2018 SDK parameter table already replaced it with `tax_free`.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-TAX-004"},{"id":"currency-not-supported","title":{"en":"Currency not supported by KCP","ko":"KCP가 지원하지 않는 통화"},"severity":"warning","kinds":["sdk-payment","rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"currency","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","in":["KRW","USD"]}]}},{"path":"schedules[*].currency","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","in":["KRW","USD"]}]}}],"message":{"en":"`{field}` is {value}: NHN KCP settles only KRW and USD","ko":"`{field}`가 {value}입니다. NHN KCP는 KRW와 USD만 지원합니다"},"rationale":"The v1 KCP page does not list currencies; PortOne's V2 KCP page (a fact about the PG) says KCP supports KRW and USD only, and KCP answers other codes with \"unsupported currency\" (result codes 9014, 8176). A warning because the v1 page is silent.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-CUR-001"},{"id":"currency-usd-non-card","title":{"en":"USD with a payment method other than card","ko":"신용카드가 아닌 결제수단의 USD 결제"},"severity":"warning","kinds":["sdk-payment"],"when":{"all":[{"path":"currency","equals":"USD"},{"present":"pay_method"},{"not":{"path":"pay_method","equals":"card"}}]},"because":{"en":"`pay_method` is not `card`","ko":"`pay_method`가 `card`가 아닙니다"},"assert":{"path":"currency","notIn":["USD"]},"message":{"en":"`currency` USD is accepted by KCP for card payments only, and `pay_method` is not `card`","ko":"KCP는 신용카드 결제에서만 `currency` USD를 지원하는데 `pay_method`가 `card`가 아닙니다"},"rationale":"PortOne's V2 KCP page (a fact about the PG): KCP takes USD for card payments only. The v1 KCP page is silent, hence a warning.","source":"https://developers.portone.io/sdk/ko/v1-sdk/javascript-sdk/payrq?v=v1","ref":"KCP-CUR-001"},{"id":"buyer-email-format","title":{"en":"E-mail address is not plausible","ko":"이메일 주소 형식이 올바르지 않음"},"severity":"warning","kinds":["sdk-payment","sdk-billing-key","rest-onetime","rest-billing-key","rest-again","rest-schedule"],"assert":[{"path":"buyer_email","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","length":{"min":65}},{"path":".","format":"email"}]}},{"path":"schedules[*].buyer_email","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","length":{"min":65}},{"path":".","format":"email"}]}},{"path":"customer_email","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","length":{"min":201}},{"path":".","format":"email"}]}}],"message":{"en":"`{field}` is not a plausible e-mail address: {value}; KCP may refuse a malformed buyer e-mail","ko":"`{field}` 값 {value}는 올바른 이메일 주소 형식이 아닙니다. KCP는 형식이 잘못된 구매자 이메일을 거절할 수 있습니다"},"rationale":"KCP validates the buyer e-mail (result codes 8509 \"buyer e-mail format\", 9012). The check is a plausibility test (local@domain.tld), so it is a warning. Empty strings are not reported (the member is optional); values over the REST length limit are already field-length errors.","source":"https://developers.portone.io/opi/ko/support/code-info/pg-3?v=v1","ref":"KCP-BUY-004"},{"id":"name-too-many-bytes","title":{"en":"`name` over KCP's 100-byte limit","ko":"`name`이 KCP의 100바이트 한도를 넘음"},"severity":"info","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"name","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","length":{"min":41}},{"path":".","bytes":{"max":100}}]}},{"path":"schedules[*].name","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","length":{"min":41}},{"path":".","bytes":{"max":100}}]}}],"message":{"en":"`{field}` is longer than 100 bytes in UTF-8: if KCP receives it in UTF-8, its 100-byte product-name limit may cut it","ko":"`{field}`가 UTF-8 기준 100바이트를 넘습니다. KCP가 UTF-8로 받는 경우 상품명 한도(100바이트)에 걸려 잘릴 수 있습니다"},"rationale":"PortOne limits `name` to 40 characters (v1 REST schema, field-length); KCP limits the product name to 100 bytes (PortOne's V2 KCP page, a fact about the PG). A Hangul syllable is 3 bytes in UTF-8, so 34 to 40 Hangul pass PortOne's limit but not KCP's. Changed from the reference's warning to info: the encoding KCP counts in is not documented, and in EUC-KR, KCP's traditional encoding, 40 Hangul are only 80 bytes.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-NAME-002"},{"id":"name-missing","title":{"en":"`name` is missing on /again","ko":"/again 요청에 `name` 누락"},"severity":"info","kinds":["rest-again"],"assert":{"require":"name"},"message":{"en":"`name` is missing: the v1 API schema requires the order name on /subscribe/payments/again","ko":"`name`(주문명)이 없습니다. v1 API 스키마에서 /subscribe/payments/again의 `name`은 필수입니다"},"rationale":"The v1 REST schema marks `name` required on /again (since at least 2023). The KCP page's own /again example and PortOne's Python client omit it, and whether the server enforces it is not known. Severity info, not the reference's warning: the KCP page (the highest authority) sends /again without `name`, so a payload that copies it must not draw a warning; the schema's requirement is real but its enforcement is unknown.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-NAME-003"},{"id":"schedules-name-missing","title":{"en":"A scheduled charge has no `name`","ko":"예약 건의 `name` 누락"},"severity":"info","kinds":["rest-schedule"],"assert":{"require":"schedules[*].name"},"message":{"en":"`{field}` is missing: the v1 API schema requires an order name in every scheduled charge","ko":"`{field}`(주문명)이 없습니다. v1 API 스키마에서 예약 건마다 `name`은 필수입니다"},"rationale":"ScheduleAnnotation in the v1 REST schema lists `name` as required (added between 2024-03 and 2025-01); PortOne's older examples omit it and enforcement is not known. Severity info, not the reference's warning: PortOne's own schedule examples omit `name`, and enforcement of the schema's requirement is unknown.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-NAME-003"},{"id":"name-missing-sdk-payment","title":{"en":"`name` is missing from a payment","ko":"결제 요청에 `name` 누락"},"severity":"info","kinds":["sdk-payment"],"assert":{"require":"name"},"message":{"en":"`name` is not set: KCP shows the order name to the buyer as the product name","ko":"`name`(주문명)이 없습니다. 주문명은 KCP 결제창에 상품명으로 표시됩니다"},"rationale":"The KCP page lists `name` without a question mark (a main parameter) and every KCP example sends it; KCP's result code 9007 is \"product name missing\". The SDK reference marks it optional, so this is advice only.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-NAME-003"},{"id":"card-quota-below-installment-minimum","title":{"en":"Installments below 50,000 won","ko":"5만원 미만 할부 요청"},"severity":"warning","kinds":["rest-onetime","rest-again","rest-schedule"],"when":{"not":{"any":[{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]},{"path":"schedules","some":{"all":[{"present":"currency"},{"not":{"path":"currency","equals":"KRW"}}]}}]}},"because":{"en":"the amount is in KRW","ko":"원화 결제입니다"},"assert":[{"path":"card_quota","that":{"any":[{"not":{"all":[{"path":".","type":"integer"},{"path":".","gte":2}]}},{"not":{"path":"$.amount","type":"number"}},{"path":"$.amount","gte":50000}]}},{"path":"schedules[*]","that":{"any":[{"not":{"all":[{"path":"card_quota","type":"integer"},{"path":"card_quota","gte":2}]}},{"not":{"path":"amount","type":"number"}},{"path":"amount","gte":50000}]},"message":{"en":"`{field}` asks for installments (`card_quota` of 2 or more), but its `amount` is below 50,000 won, the installment minimum (some issuers: 10,000 won)","ko":"`{field}`에서 할부(`card_quota` 2 이상)를 요청했지만 `amount`가 할부 결제 최소 금액인 5만원 미만입니다 (일부 카드사는 1만원 이상)"}}],"message":{"en":"`card_quota` asks for {value} monthly installments, but installments need an amount of at least 50,000 won (some issuers: 10,000 won)","ko":"`card_quota`로 {value}개월 할부를 요청했지만 할부 결제는 5만원 이상 결제 시 이용할 수 있습니다 (일부 카드사는 1만원 이상)"},"rationale":"The KCP page: installments are available from 50,000 won (some issuers from 10,000 won); the v1 REST schema says the same of `card_quota` (\"결제금액 50,000원 이상 한정\"). A warning because of the issuer exceptions.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-Q-003"},{"id":"card-quota-invalid","title":{"en":"`card_quota` is not 0 or 2 and more","ko":"`card_quota`가 0 또는 2 이상이 아님"},"severity":"error","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"card_quota","that":{"any":[{"not":{"path":".","type":"number"}},{"all":[{"path":".","type":"integer"},{"path":".","gte":0},{"not":{"path":".","equals":1}}]}]}},{"path":"schedules[*].card_quota","that":{"any":[{"not":{"path":".","type":"number"}},{"all":[{"path":".","type":"integer"},{"path":".","gte":0},{"not":{"path":".","equals":1}}]}]}}],"message":{"en":"`{field}` must be 0 (lump sum) or a number of months from 2, found {value}","ko":"`{field}`는 0(일시불) 또는 2 이상의 할부 개월수여야 하는데 {value}입니다"},"rationale":"The v1 REST schema: `card_quota` is an integer, 0 for a lump sum (the default), otherwise 2 or more months (\"2 이상의 integer 할부개월수\"). There is no 1-month installment; KCP refuses malformed installment periods (result codes 8106, CC16).","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-Q-004"},{"id":"rest-bypass-not-string","title":{"en":"REST `bypass` is an object","ko":"REST API의 `bypass`가 객체임"},"severity":"warning","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"bypass","that":{"not":{"path":".","type":"object"}}},{"path":"schedules[*].bypass","that":{"not":{"path":".","type":"object"}}}],"message":{"en":"`{field}` must be a JSON string on the REST API (`JSON.stringify` the object): PortOne passes it to the PG unchanged","ko":"REST API의 `{field}`는 JSON 문자열이어야 합니다 (객체는 `JSON.stringify`로 변환해서 보내야 합니다). 포트원은 이 값을 가공 없이 PG사로 전달합니다"},"rationale":"On /onetime, /again and in schedules, the v1 REST schema types `bypass` as a string: \"JSON string 형식의 PG사별 파라미터, 가공 없이 그대로 PG사로 전달\". Unlike IMP.request_pay, an object is not serialised for the merchant.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-BP-007"},{"id":"rest-notice-url-not-absolute","title":{"en":"REST `notice_url` is not an absolute URL","ko":"REST API의 `notice_url`이 절대 URL이 아님"},"severity":"error","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"notice_url","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","format":"url"}]}},{"path":"schedules[*].notice_url","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","format":"url"}]}}],"message":{"en":"`{field}` must be an absolute http(s) URL, found {value}: PortOne's servers call it","ko":"`{field}`는 http(s)로 시작하는 절대 URL이어야 하는데 {value}입니다. 포트원 서버가 이 주소로 웹훅을 호출합니다"},"rationale":"`notice_url` replaces the console's webhook URL for this payment and is called by PortOne's servers, so a relative path or a host without a scheme can never be reached and the result notification is lost.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-URL-002"},{"id":"rest-notice-url-array","title":{"en":"REST `notice_url` is an array","ko":"REST API의 `notice_url`이 배열임"},"severity":"error","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"notice_url","that":{"not":{"path":".","type":"array"}}},{"path":"schedules[*].notice_url","that":{"not":{"path":".","type":"array"}}}],"message":{"en":"`{field}` takes one URL string on the REST API; an array of URLs is accepted only by IMP.request_pay","ko":"REST API의 `{field}`에는 URL 문자열 하나만 넣을 수 있습니다. URL 배열은 IMP.request_pay에서만 지원됩니다"},"rationale":"The KCP page allows `notice_url` as a string or an array of strings in IMP.request_pay, but the v1 REST schema types it as a single string on /onetime, /again and in schedules.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-URL-004"},{"id":"custom-data-not-string","title":{"en":"REST `custom_data` is not a string","ko":"REST API의 `custom_data`가 문자열이 아님"},"severity":"info","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"custom_data","type":"string"},{"path":"schedules[*].custom_data","type":"string"}],"message":{"en":"`{field}` is a string parameter on the REST API: send `JSON.stringify` of the object to control exactly what is stored and returned","ko":"REST API의 `{field}`는 문자열 파라미터입니다. 저장되고 조회될 값을 정확히 지정하려면 객체를 `JSON.stringify`로 변환해서 보내세요"},"rationale":"The v1 REST schema types `custom_data` as a string on /onetime, /again and in schedules. Other PortOne operations say an object is stored as its JSON text, so an object most likely works; hence advice only.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-MISC-005"},{"id":"promotion-id-prefix","title":{"en":"`promotion_id` does not start with promotion-id-","ko":"`promotion_id`가 promotion-id-로 시작하지 않음"},"severity":"error","kinds":["rest-onetime","rest-again","rest-schedule"],"assert":[{"path":"promotion_id","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","matches":"^promotion-id-"}]}},{"path":"schedules[*].promotion_id","that":{"any":[{"not":{"path":".","type":"string"}},{"path":".","matches":"^promotion-id-"}]}}],"message":{"en":"`{field}` must be a PortOne promotion id starting with `promotion-id-`, found {value}","ko":"`{field}`는 `promotion-id-`로 시작하는 포트원 프로모션 아이디여야 하는데 {value}입니다"},"rationale":"The v1 REST schema describes `promotion_id` as the id of a PortOne promotion, which starts with `promotion-id-`; any other value (a coupon code of the shop) matches no promotion.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-MISC-007"},{"id":"rest-field-not-for-kcp","title":{"en":"REST member not used by KCP","ko":"KCP에서 사용하지 않는 REST 파라미터"},"severity":"info","kinds":["rest-onetime","rest-billing-key","rest-again","rest-schedule"],"assert":{"forbid":["interest_free_by_merchant","use_card_point","product_type","cash_receipt_type","cvc","secure_3d_charge_id","secure_3d_token","customer_id","extra.naverUseCfm","schedules[*].interest_free_by_merchant","schedules[*].use_card_point","schedules[*].product_type","schedules[*].cash_receipt_type","schedules[*].extra.naverUseCfm"]},"message":{"en":"`{name}` is not used by NHN KCP (PortOne applies it for other gateways only), so it has no effect here","ko":"`{name}`는 NHN KCP에서 사용하지 않는 파라미터입니다 (다른 PG사 전용). KCP 결제에는 적용되지 않습니다"},"rationale":"The v1 REST schema names the gateways of each of these members: `interest_free_by_merchant` (NICE, KSNET), `use_card_point` (NICE, KSNET, Smartro), `product_type` (KSNET, PayPal), `cash_receipt_type` (Toss Pay), `cvc` and `secure_3d_*` (Paymentwall), `customer_id` (Toss Payments), `extra.naverUseCfm` (Naver Pay). KCP is never among them.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-MISC-008"},{"id":"rest-pg-kcp-billing","title":{"en":"`kcp_billing` channel on a key-in REST call","ko":"수기 결제 REST API에 `kcp_billing` 채널 사용"},"severity":"error","kinds":["rest-onetime","rest-billing-key"],"assert":{"path":"pg","that":{"not":{"path":".","matches":"^kcp_billing(\\.|$)"}}},"message":{"en":"`pg` is {value}, a KCP window-billing channel, which /subscribe/payments/onetime and /subscribe/customers do not support: use `kcp`, or `kcp.` followed by the site code of the KCP API channel","ko":"`pg` 값 {value}는 KCP 결제창 빌링 채널입니다. /subscribe/payments/onetime과 /subscribe/customers는 `kcp` 또는 `kcp.사이트코드` 형식의 KCP API 채널만 지원합니다"},"rationale":"The v1 REST schema lists `kcp`, not `kcp_billing`, among the gateways of /onetime and of /subscribe/customers, and PortOne's billing-key rules say `kcp_billing` issues billing keys through the window only while `kcp` issues them through the API.","source":"https://developers.portone.io/api/rest-v1/billingkey?v=v1","ref":"KCP-CH-008"},{"id":"rest-channel-key-missing","title":{"en":"`channel_key` missing on /subscribe/customers","ko":"/subscribe/customers 요청에 `channel_key` 누락"},"severity":"info","kinds":["rest-billing-key"],"assert":{"requireAny":["channel_key","channel_group_id"]},"message":{"en":"`channel_key` is missing: PortOne's API reference requires it on /subscribe/customers to select the KCP channel that issues the billing key","ko":"`channel_key`가 없습니다. 포트원 API 문서에서는 /subscribe/customers 요청에 빌링키를 발급할 KCP 채널의 `channel_key`를 필수로 요구합니다"},"rationale":"The v1 REST schema marks `channel_key` required on POST /subscribe/customers/{customer_uid} since 2026-05-20; the KCP page's example predates that and omits it. Whether the server enforces it is not known. A smart-routing `channel_group_id` also selects the channels and is accepted instead. Severity info, not the reference's warning: the KCP page's billing-key example (the highest authority) omits `channel_key`, and whether the server enforces the schema's newer requirement is unknown.","source":"https://developers.portone.io/api/rest-v1/billingkey?v=v1","ref":"KCP-CH-009"},{"id":"rest-channel-key-onetime","title":{"en":"`channel_key` on /subscribe/payments/onetime","ko":"/subscribe/payments/onetime 요청의 `channel_key`"},"severity":"info","kinds":["rest-onetime"],"assert":{"forbid":"channel_key"},"message":{"en":"`channel_key` is not a documented parameter of /subscribe/payments/onetime: select the KCP channel with `pg` (`kcp`, or `kcp.` plus the site code) or `channelGroupId`","ko":"`channel_key`는 /subscribe/payments/onetime에 정의된 파라미터가 아닙니다. `pg`(`kcp` 또는 `kcp.사이트코드`)나 `channelGroupId`로 KCP 채널을 지정하세요"},"rationale":"The v1 REST schema defines `pg` and `channelGroupId` on /onetime but not `channel_key` (unlike /again, /schedule and /subscribe/customers). If the server ignores it, the default API channel is used.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CH-011"},{"id":"card-number-missing","title":{"en":"`card_number` is missing","ko":"`card_number` 누락"},"severity":"error","kinds":["rest-onetime","rest-billing-key"],"assert":{"require":"card_number"},"message":{"en":"`card_number` is required: the card number as dddd-dddd-dddd-dddd","ko":"`card_number`(카드번호)는 필수입니다 (dddd-dddd-dddd-dddd 형식)"},"rationale":"The v1 REST schema requires `card_number` on /subscribe/payments/onetime and /subscribe/customers: a key-in payment and an API billing key are made from the card data.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-001"},{"id":"card-number-length","title":{"en":"`card_number` does not have 14 to 16 digits","ko":"`card_number`가 14~16자리가 아님"},"severity":"error","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"card_number","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","matches":"^[ -]*(\\d[ -]*){14,16}$"}]}},"message":{"en":"`card_number` must hold 14 to 16 digits (hyphens and spaces aside): PortOne cuts numbers longer than 16 digits","ko":"`card_number`는 하이픈과 공백을 제외하고 14~16자리 숫자여야 합니다. 16자리를 넘는 번호는 포트원에서 잘립니다"},"rationale":"Card numbers of domestic cards have 16 digits, AMEX 15 and Diners 14. PortOne silently truncates numbers longer than 16 digits (iamport-manual issue 23), and KCP refuses malformed card numbers (result codes 8107, CC14). Letters or other symbols fail the check too.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-002"},{"id":"card-number-layout","title":{"en":"16-digit `card_number` not written as dddd-dddd-dddd-dddd","ko":"16자리 `card_number`가 dddd-dddd-dddd-dddd 형식이 아님"},"severity":"warning","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"card_number","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"^[ -]*(\\d[ -]*){16}$"}},{"path":".","matches":"^\\d{4}-\\d{4}-\\d{4}-\\d{4}$"}]}},"message":{"en":"`card_number` should be written as dddd-dddd-dddd-dddd, the layout PortOne documents for 16-digit numbers","ko":"16자리 `card_number`는 포트원 문서의 형식인 dddd-dddd-dddd-dddd로 입력해야 합니다"},"rationale":"The v1 REST schema describes `card_number` as \"카드번호(dddd-dddd-dddd-dddd) 기재 양식을 유의하세요\" on /onetime, /schedule and /subscribe/customers. Other layouts are not documented, so a warning. 14- and 15-digit numbers (Diners, AMEX) have no documented layout and are not checked.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-003"},{"id":"card-number-luhn","title":{"en":"`card_number` fails the Luhn check","ko":"`card_number`가 Luhn 검사를 통과하지 못함"},"severity":"warning","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"card_number","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"^[ -]*(\\d[ -]*){14,16}$"}},{"path":".","format":"luhn"}]}},"message":{"en":"`card_number` is not a valid card number: it fails the Luhn check, like the documentation's placeholder 1234-1234-1234-1234","ko":"`card_number`가 유효한 카드번호가 아닙니다. 문서 예시의 1234-1234-1234-1234처럼 Luhn 검사를 통과하지 못합니다"},"rationale":"Every issued card number passes the Luhn check digit; one that fails is a typo or a placeholder, such as the KCP page's `1234-1234-1234-1234`, and is refused as an invalid card (KCP result codes 8108, CC14). A warning because test environments may use made-up numbers. Numbers of the wrong length are `card-number-length`.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CD-004"},{"id":"expiry-missing","title":{"en":"`expiry` is missing","ko":"`expiry` 누락"},"severity":"error","kinds":["rest-onetime","rest-billing-key"],"assert":{"require":"expiry"},"message":{"en":"`expiry` is required: the card expiry as YYYY-MM","ko":"`expiry`(카드 유효기간)은 필수입니다 (YYYY-MM 형식)"},"rationale":"The v1 REST schema requires `expiry` on /subscribe/payments/onetime and /subscribe/customers.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-005"},{"id":"expiry-format","title":{"en":"`expiry` is not YYYY-MM","ko":"`expiry`가 YYYY-MM 형식이 아님"},"severity":"error","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"expiry","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","format":"card-expiry"}]}},"message":{"en":"`expiry` must be YYYY-MM with a month from 01 to 12, such as 2030-12 (not MM/YY or YYYYMM)","ko":"`expiry`는 2030-12처럼 YYYY-MM 형식이어야 합니다 (MM/YY, YYYYMM 형식은 사용할 수 없습니다)"},"rationale":"The v1 REST schema: \"카드 유효기간(YYYY-MM) 기재 양식을 유의하세요\". The card's own MM/YY layout and compact YYYYMM are common mistakes; KCP refuses malformed expiries (result code 8109).","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-005"},{"id":"expiry-past","title":{"en":"Card has expired","ko":"카드 유효기간이 지남"},"severity":"error","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"when":{"path":"expiry","type":"string"},"because":{"en":"a card is valid through the last day of its expiry month (Korea time)","ko":"카드는 유효기간 월의 마지막 날(한국 시간)까지 사용할 수 있습니다"},"assert":{"path":"expiry","notPast":true},"message":{"en":"`expiry` is in the past: the card has expired and KCP will refuse it","ko":"`expiry`가 이미 지난 날짜입니다. 유효기간이 지난 카드는 KCP에서 거절됩니다"},"rationale":"An expired card is refused (KCP result codes CC54, CC55). The KCP page's /onetime examples send `expiry: \"2019-01\"` and its /subscribe/customers example `2025-12`, both past; copied as they are, they fail. The month counts until its last moment, Korea time.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CD-006"},{"id":"birth-format","title":{"en":"`birth` is not YYMMDD or a business number","ko":"`birth`가 생년월일 6자리나 사업자등록번호가 아님"},"severity":"error","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"birth","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","format":"yymmdd"},{"path":".","matches":"^\\d{10}$"}]}},"message":{"en":"`birth` must be a date of birth as 6 digits YYMMDD (a real date) or, for a corporate card, the 10-digit business number","ko":"`birth`는 생년월일 6자리(YYMMDD, 실제 날짜) 또는 법인카드의 경우 사업자등록번호 10자리여야 합니다"},"rationale":"The v1 REST schema: \"생년월일6자리(YYMMDD) (법인카드의 경우 사업자등록번호10자리)\". An 8-digit YYYYMMDD, separators or an impossible date are refused by KCP (result codes 8110, CC66).","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment?v=v1","ref":"KCP-CD-007"},{"id":"birth-missing","title":{"en":"`birth` is missing","ko":"`birth` 누락"},"severity":"warning","kinds":["rest-onetime","rest-billing-key"],"assert":{"require":"birth"},"message":{"en":"`birth` is missing: KCP checks the card holder's date of birth (or business number) for key-in payments and API billing keys","ko":"`birth`(생년월일 6자리 또는 사업자등록번호 10자리)가 없습니다. KCP는 수기 결제와 API 빌링키 발급 시 카드 소유자의 생년월일을 확인합니다"},"rationale":"Every KCP example of /onetime and /subscribe/customers sends `birth`, and PortOne's V2 KCP page (a fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks it \"varies by PG or contract\", so a warning.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CD-008"},{"id":"pwd-2digit-format","title":{"en":"`pwd_2digit` is not 2 digits","ko":"`pwd_2digit`가 숫자 2자리가 아님"},"severity":"error","kinds":["rest-onetime","rest-billing-key","rest-schedule"],"assert":{"path":"pwd_2digit","that":{"any":[{"not":{"path":".","type":"string"}},{"not":{"path":".","matches":"\\S"}},{"path":".","matches":"^\\d{2}$"}]}},"message":{"en":"`pwd_2digit` must be the first 2 digits of the card password, exactly 2 digits","ko":"`pwd_2digit`는 카드 비밀번호 앞 2자리 숫자여야 합니다"},"rationale":"The v1 REST schema: \"카드비밀번호 앞 2자리\". The whole 4-digit password, or a single digit, is refused (KCP result codes 8111, CC63) and must never be sent in full.","source":"https://developers.portone.io/api/rest-v1/billingkey?v=v1","ref":"KCP-CD-009"},{"id":"pwd-2digit-missing","title":{"en":"`pwd_2digit` missing on /subscribe/customers","ko":"/subscribe/customers 요청에 `pwd_2digit` 누락"},"severity":"warning","kinds":["rest-billing-key"],"assert":{"require":"pwd_2digit"},"message":{"en":"`pwd_2digit` is missing: KCP needs the first 2 digits of the card password to issue a billing key through the API","ko":"`pwd_2digit`(카드 비밀번호 앞 2자리)가 없습니다. KCP API 빌링키 발급에는 카드 비밀번호 앞 2자리가 필요합니다"},"rationale":"The KCP page's /subscribe/customers example sends `pwd_2digit`, and PortOne's V2 KCP page (a fact about the PG) says it is required for KCP API billing keys. The v1 REST schema marks it \"varies by PG or contract\", so a warning.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CD-010"},{"id":"pwd-2digit-missing-onetime","title":{"en":"`pwd_2digit` not sent on /onetime","ko":"/onetime 요청에 `pwd_2digit` 없음"},"severity":"info","kinds":["rest-onetime"],"assert":{"require":"pwd_2digit"},"message":{"en":"`pwd_2digit` is not sent: depending on the KCP contract, key-in payments (and billing keys saved with `customer_uid`) need the first 2 digits of the card password","ko":"`pwd_2digit`가 없습니다. KCP 계약에 따라 수기 결제(및 `customer_uid`로 함께 저장하는 빌링키)에 카드 비밀번호 앞 2자리가 필요할 수 있습니다"},"rationale":"The KCP page's /onetime examples omit `pwd_2digit`, while the legacy KCP API guide and PortOne's Python client send it and PortOne's V2 KCP page requires it for API billing keys. Advice only, because the KCP page's own example works without it.","source":"https://developers.portone.io/opi/ko/integration/pg/v1/nhn-kcp/readme?v=v1","ref":"KCP-CD-010"},{"id":"schedule-card-fields-incomplete","title":{"en":"Incomplete card data on /schedule","ko":"/schedule 요청의 카드 정보가 불완전함"},"severity":"error","kinds":["rest-schedule"],"when":{"any":[{"present":"card_number"},{"present":"expiry"},{"present":"birth"},{"present":"pwd_2digit"}]},"because":{"en":"the body carries card data, so a new billing key is issued before scheduling","ko":"카드 정보가 있으므로 예약 전에 빌링키를 새로 발급합니다"},"assert":{"require":["card_number","expiry","birth"]},"message":{"en":"`{field}` is missing: with card data, /subscribe/payments/schedule first issues a billing key and needs `card_number`, `expiry` and `birth` together","ko":"`{field}`가 없습니다. 카드 정보를 보내면 /subscribe/payments/schedule은 빌링키를 먼저 발급하므로 `card_number`, `expiry`, `birth`를 모두 입력해야 합니다"},"rationale":"The REST reference of /subscribe/payments/schedule: with a `customer_uid` that has no billing key yet, a key is issued first and the card data is mandatory; with an existing key it is optional. A body with only part of the card data can do neither.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-CD-011"},{"id":"schedules-again-body","title":{"en":"/again body sent to /schedule","ko":"/schedule에 /again 요청 본문을 보냄"},"severity":"error","kinds":["rest-schedule"],"when":{"all":[{"absent":"schedules"},{"any":[{"present":"merchant_uid"},{"present":"amount"}]}]},"because":{"en":"the body has a top-level `merchant_uid` or `amount` and no `schedules`","ko":"`schedules` 없이 최상위에 `merchant_uid`나 `amount`가 있습니다"},"assert":{"require":"schedules"},"stop":true,"message":{"en":"this is the /subscribe/payments/again body (`customer_uid`, `merchant_uid`, `amount`), not a schedule: /subscribe/payments/schedule takes `customer_uid` and `schedules`, an array of charges each with `merchant_uid`, `schedule_at` and `amount`","ko":"/subscribe/payments/again 요청 본문(`customer_uid`, `merchant_uid`, `amount`)이며 예약 결제 본문이 아닙니다. /subscribe/payments/schedule에는 `customer_uid`와, 예약 건마다 `merchant_uid`, `schedule_at`, `amount`를 가진 배열 `schedules`를 보내야 합니다"},"rationale":"The KCP page's \"API 빌링키 예약/반복 결제 요청하기\" example (in the seed and still on the current page) posts `{customer_uid, merchant_uid, amount}` to /subscribe/payments/again instead of showing a schedule. Sent to /subscribe/payments/schedule, that body has no `schedules` and is refused. The rule stops further checks: the body belongs to another endpoint, and every other finding would only repeat that.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-002"},{"id":"schedule-at-missing","title":{"en":"A scheduled charge has no `schedule_at`","ko":"예약 건의 `schedule_at` 누락"},"severity":"error","kinds":["rest-schedule"],"assert":{"require":"schedules[*].schedule_at"},"message":{"en":"`{field}` is required: when to charge, as a Unix time in seconds","ko":"`{field}`(결제 예약 시각)은 필수입니다. 초 단위 UNIX timestamp로 입력해야 합니다"},"rationale":"`schedule_at` is required in every item of `schedules` (ScheduleAnnotation in the v1 REST schema).","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-003"},{"id":"schedule-at-not-unix-seconds","title":{"en":"`schedule_at` is not Unix seconds","ko":"`schedule_at`이 초 단위 UNIX timestamp가 아님"},"severity":"error","kinds":["rest-schedule"],"assert":[{"path":"schedules[*].schedule_at","that":{"not":{"all":[{"path":".","type":"integer"},{"path":".","gte":100000000000}]}},"message":{"en":"`{field}` is {value}, a time in milliseconds: `schedule_at` takes Unix seconds (divide by 1000)","ko":"`{field}` 값 {value}는 밀리초 단위입니다. `schedule_at`은 초 단위 UNIX timestamp여야 합니다 (1000으로 나누세요)"}},{"path":"schedules[*].schedule_at","that":{"not":{"all":[{"path":".","type":"number"},{"not":{"path":".","type":"integer"}}]}},"message":{"en":"`{field}` is {value}: `schedule_at` must be a whole number of seconds","ko":"`{field}` 값 {value}는 정수가 아닙니다. `schedule_at`은 초 단위 정수여야 합니다"}},{"path":"schedules[*].schedule_at","that":{"any":[{"path":".","format":"unix-seconds"},{"all":[{"path":".","type":"integer"},{"path":".","gte":100000000000}]},{"all":[{"path":".","type":"number"},{"not":{"path":".","type":"integer"}}]}]}}],"message":{"en":"`{field}` must be a Unix time in seconds as a JSON integer (such as 1893423600), found {value}","ko":"`{field}`는 1893423600처럼 초 단위 UNIX timestamp 정수여야 하는데 {value}입니다"},"rationale":"The v1 REST schema: `schedule_at` is an integer, \"결제요청 예약시각(초) (UNIX timestamp in seconds)\". JavaScript's Date.now() gives milliseconds, which read as seconds land tens of thousands of years ahead; a fraction or a date string is not a Unix time.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-003"},{"id":"schedule-at-past","title":{"en":"`schedule_at` is in the past","ko":"`schedule_at`이 이미 지난 시각임"},"severity":"warning","kinds":["rest-schedule"],"assert":{"path":"schedules[*].schedule_at","notPast":true},"message":{"en":"`{field}` is in the past: PortOne documents no behaviour for a past `schedule_at`, so the charge may run at once or be refused","ko":"`{field}`가 이미 지난 시각입니다. 지난 시각으로 예약한 경우의 동작은 문서화되어 있지 않아 즉시 결제되거나 거절될 수 있습니다"},"rationale":"A schedule is meant for a future time; the REST reference documents no behaviour for a past `schedule_at`, which usually comes from a wrong clock, a reused fixture or seconds and milliseconds mixed up. A warning because the outcome is unknown.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-003"},{"id":"schedules-currency-missing","title":{"en":"A scheduled charge has no `currency`","ko":"예약 건의 `currency` 없음"},"severity":"info","kinds":["rest-schedule"],"assert":{"require":"schedules[*].currency"},"message":{"en":"`{field}` is not set: the v1 API schema lists `currency` as required in schedules (KRW when omitted); send `KRW` to be explicit","ko":"`{field}`가 없습니다. v1 API 스키마에서 예약 건의 `currency`는 필수로 표시되어 있습니다 (생략하면 KRW). `KRW`를 명시적으로 보내는 것을 권장합니다"},"rationale":"ScheduleAnnotation lists `currency` as required (since 2023-08 to 2024-03) with the default KRW, while PortOne's own examples omit it. Advice only.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-004"},{"id":"checking-amount-invalid","title":{"en":"`checking_amount` is not a whole number of 0 or more","ko":"`checking_amount`가 0 이상의 정수가 아님"},"severity":"error","kinds":["rest-schedule"],"assert":{"path":"checking_amount","that":{"all":[{"path":".","type":"integer"},{"path":".","gte":0}]}},"message":{"en":"`checking_amount` must be a whole number of won, 0 or more (0 = no test charge), found {value}","ko":"`checking_amount`는 0 이상의 정수여야 하는데 {value}입니다 (0이면 테스트 승인을 하지 않습니다)"},"rationale":"The v1 REST schema types `checking_amount` as an integer: an amount approved and cancelled right away to check the card, 0 for no check.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1","ref":"KCP-SCH-005"},{"id":"schedules-imp-uid","title":{"en":"`imp_uid` in a scheduled charge","ko":"예약 건의 `imp_uid`"},"severity":"warning","kinds":["rest-schedule"],"assert":{"forbid":"schedules[*].imp_uid"},"message":{"en":"`imp_uid` is not a parameter of a scheduled charge: PortOne assigns it when the charge runs; identify each scheduled charge with `merchant_uid`","ko":"`imp_uid`는 예약 건의 파라미터가 아닙니다. `imp_uid`는 결제가 실행될 때 포트원이 부여하며, 예약 건은 `merchant_uid`로 구분합니다"},"rationale":"ScheduleAnnotation has no `imp_uid`: it appears only in responses (schedule lookups). Sent in a request it is ignored, and an item that relies on it for identity usually lacks its `merchant_uid`.","source":"https://developers.portone.io/api/rest-v1/nonAuthPayment.subscribe?v=v1"}]}"#####),
    ]
}
