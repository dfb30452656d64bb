import type { InfoContent } from "./info"

/** The information pages in English. */
export const en: InfoContent = {
  pages: {
    about: {
      title: "About the association",
      description:
        "The Issyk-Kul One Village One Product Association: some 117 village producer groups, more than 1,000 members, most of them women.",
      sections: [
        {
          id: "ovop",
          heading: "One Village, One Product",
          paragraphs: [
            "One Village One Product (OVOP) began in Oita prefecture in Japan: each village picks one thing it makes well from what grows around it, and makes it with care and pride. The Issyk-Kul OVOP Association brought the idea to the villages around Lake Issyk-Kul in Kyrgyzstan.",
            "The association does together what one village cannot do alone: it buys raw materials and jars in bulk, runs shared kitchens and workshops, checks quality, designs packaging and sells — at markets, to shops and importers, and now in this online store.",
          ],
        },
        {
          id: "groups",
          heading: "The producer groups",
          paragraphs: [
            "A producer group is a community organisation of neighbours in one village — Karakol, Tosor, Bokonbaevo, Ananyevo, Kyzyl-Suu and many more — making one product line: apricot or sea-buckthorn jam, white sainfoin honey, dried fruit, cookies, plant-dyed felt or shyrdak rugs.",
            "It started with 46 groups and 190 members. Today about 117 groups with more than 1,000 members belong to the association, and about 70% of them are women. Members are paid in cash for every sale; the association keeps a commission to pay for the shared work.",
          ],
        },
        {
          id: "brand",
          heading: "The Issyk-Kul brand certificate",
          paragraphs: [
            "Products that meet the association's standards for raw materials, hygiene, workmanship and labelling are certified under the Issyk-Kul brand, with the regional state government as the certification body. Each certificate has a number, an issuer and a period of validity, and a group's page shows them.",
            "The badge means that the group's certificate is valid today. When a certificate expires, its products lose the badge until it is renewed.",
          ],
        },
      ],
    },
    shipping: {
      title: "Shipping, returns and contact",
      description:
        "Courier delivery across Kyrgyzstan, free pickup in Karakol, EMS to Japan and international post; returns within 14 days.",
      sections: [
        {
          id: "delivery",
          heading: "Delivery",
          paragraphs: [
            "Every order is packed at the association's warehouse in Karakol; one parcel can hold goods from several producer groups. Orders within Kyrgyzstan leave within two working days. Orders to Japan are sent by EMS within 7 to 14 days of confirmation.",
          ],
        },
        {
          id: "returns",
          heading: "Returns",
          paragraphs: [
            "You can return unopened food and unused crafts within 14 days of receiving them. Please write to us first with your order number; we will tell you where to send the parcel and refund the price to the way you paid once it arrives.",
            "If something arrives damaged or is not what you ordered, we pay for the return and send a replacement or refund in full. Opened food cannot be returned, for hygiene reasons, unless it was faulty.",
          ],
        },
        {
          id: "contact",
          heading: "Contact",
          paragraphs: [
            "The shop team works at the association's office in Karakol. We answer in English, Japanese, Russian and Kyrgyz.",
          ],
        },
      ],
    },
    privacy: {
      title: "Privacy policy",
      description: "What personal data the Issyk-Kul OVOP store keeps, why, and how to ask us to change or delete it.",
      sections: [
        {
          id: "data",
          heading: "What we keep",
          paragraphs: [
            "When you order, we keep your name, delivery address, phone number, email address and what you bought. Card payments are handled by our payment provider: we never see or store your card number.",
          ],
        },
        {
          id: "use",
          heading: "What we use it for",
          paragraphs: [
            "We use your details only to deliver your order, to answer your questions and, if you asked for it, to email you once when a product is back in season. Your address goes to the courier or post office that delivers your parcel. Producer groups learn what was sold, not who bought it. We send no advertising and sell no data.",
          ],
        },
        {
          id: "retention",
          heading: "How long we keep it",
          paragraphs: [
            "Order records are kept as long as the accounting law of the Kyrgyz Republic requires. A back-in-season request is deleted once we have sent the email.",
          ],
        },
        {
          id: "rights",
          heading: "Your rights",
          paragraphs: [
            "You can ask us what we keep about you, and to correct or delete it, by writing to the shop office (see Shipping, returns and contact). The shop sets only the cookies the cart needs and uses no tracking.",
          ],
        },
      ],
    },
    terms: {
      title: "Terms of sale",
      description: "The terms on which the Issyk-Kul OVOP Association sells through this store.",
      sections: [
        {
          id: "seller",
          heading: "Who sells",
          paragraphs: [
            "The seller is the Issyk-Kul One Village One Product Association, Karakol, Kyrgyz Republic, on behalf of its producer groups. A sale is made when we confirm your order by email.",
          ],
        },
        {
          id: "prices",
          heading: "Prices and payment",
          paragraphs: [
            "Prices are shown in som for Kyrgyzstan and in yen, tax included, for Japan. Delivery is charged as listed on the shipping page. You pay by card when you place the order.",
          ],
        },
        {
          id: "goods",
          heading: "Handmade and seasonal goods",
          paragraphs: [
            "Our goods are made by hand in small harvest lots. Plant-dyed felt and yarn vary in shade from batch to batch, and jam, honey and dried fruit taste of their year. A pre-order is sent when the next harvest is ready; the product page says when.",
          ],
        },
        {
          id: "returns",
          heading: "Returns and law",
          paragraphs: [
            "Returns are accepted within 14 days as described on the shipping page. These terms follow the law of the Kyrgyz Republic; a buyer abroad keeps the consumer rights the law of their own country gives them.",
          ],
        },
      ],
    },
  },
  shippingRates: {
    "courier-kg": { method: "Courier", destination: "Anywhere in Kyrgyzstan" },
    "pickup-karakol": { method: "Pickup at our warehouse", destination: "Karakol" },
    "ems-japan": { method: "EMS", destination: "Japan" },
    "post-international": { method: "International post", destination: "Other countries" },
  },
  officeAddress: "Issyk-Kul OVOP Association, 130 Abdrakhmanov Street, Karakol 722200, Kyrgyz Republic",
  officeHours: "Monday to Friday, 9:00–18:00 (Kyrgyzstan time, UTC+6)",
}
