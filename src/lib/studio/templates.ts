import type { Locale } from '../i18n/locales.ts';

/**
 * The starter scenario a new draft begins with: short but complete (a choice turn, a reply turn,
 * two endings, a rule), so the map, the summary and play-testing all work from the first second.
 * Both languages have the same id, points and branching, as shipped scenarios do.
 */
export const templates = {
	'zh-CN': `---
id: new-scenario # 文件名，小写英文单词用 - 连接
title: 试用满意，但还没下单
locale: zh-CN
topic: closing
persona:
  name: 周敏
  role: 采购主管
  company: 启航文具
  industry: 办公用品批发
  mood: 友好，但不急着做决定
  patience: 3 # 1–10，回答会让它升高或降低
difficulty: 1
skills: [ask-for-order, alternative-choice]
minutes: 3
pass: 60
mode: coach
playbook: [closing#主动提出成交请求]
rules:
  - when: patience <= 0
    go: no-deal
---

## opening

（周二下午，你回访试用了两周样品的周主管。）

样品我们用了两周，同事们都说好用。你今天打电话来是？

:::choices
- text: 谢谢您和同事们的反馈！既然试用满意，我们今天就把第一批订单定下来吧？您看是先订一个月的量，还是按季度订？
  points: 10
  skills: [ask-for-order, alternative-choice]
  patience: 1
  feedback: 抓住客户的正面评价，直接提出成交，并给出两个都能接受的选项。
  next: details
- text: 那您什么时候想好了，随时联系我就行。
  points: 0
  patience: -1
  feedback: 客户已经说满意，你却没有提出成交，主动权又交回给了客户。
  next: details
- text: 今天不下单的话，这个价格明天就没有了。
  points: -5
  patience: -3
  feedback: 编出来的限时压力会让客户觉得被逼，也伤害信任。
  next: details
:::

## details

那如果要订的话，接下来怎么走？

:::reply
prompt: 说清楚下单的下一步，并给出两个具体时间让客户选。
skills: [alternative-choice]
length: { min: 6, max: 120 }
concepts:
  - name: 下一步
    points: 4
    any: [合同, 订单, 确认单, 报价单, 签字]
    hit: 说清了下单要做的事。
    miss: 没说下单要做什么，客户不知道怎么往下走。
  - name: 两个时间
    points: 6
    any: [明天, 后天, 周三, 周四, 周五, 上午, 下午]
    hit: 给了具体时间，客户只需要选一个。
    miss: 没给具体时间，事情很容易拖下去。
forbidden:
  - phrases: [最后机会, 马上涨价]
    points: -3
    feedback: 虚构的紧迫感会让客户起疑。
model: 我今天把订单确认单发给您，您核对数量后签字就行。明天上午十点或者周四下午三点，我过来取，哪个时间方便？
next:
  - min: 6
    go: signed
  - go: no-deal
:::

## signed

（周主管挑了周四下午。）

行，那就周四下午三点，确认单我先看看。

:::ending
outcome: won
debrief: 客户一表示满意，你就提出了成交，又把下一步和两个时间说得清清楚楚，客户只需要做一个小决定。
:::

## no-deal

（周主管说：“那我再跟老板商量商量吧。”电话挂了。）

:::ending
outcome: lost
debrief: 客户满意却没有成交：可能是没有主动提出请求，可能是下一步太模糊，也可能是虚假的压力让客户退缩了。客户满意时就请求成交，并把下一步说具体。
:::
`,
	en: `---
id: new-scenario # the file name: lower-case words joined by -
title: Happy with the trial, but no order yet
locale: en
topic: closing
persona:
  name: Mina Zhou
  role: Purchasing lead
  company: Qihang Stationery
  industry: Office supplies wholesale
  mood: Friendly, in no hurry to decide
  patience: 3 # 1–10; answers raise or lower it
difficulty: 1
skills: [ask-for-order, alternative-choice]
minutes: 3
pass: 60
mode: coach
playbook: [closing#asking-for-the-order]
rules:
  - when: patience <= 0
    go: no-deal
---

## opening

(Tuesday afternoon. You call Ms Zhou, whose team has trialled your samples for two weeks.)

We've used the samples for two weeks now and the team likes them. So, what's this call about?

:::choices
- text: Thank you, that's great to hear! Since the trial went well, shall we put the first order in today? Would you rather start with a month's supply, or order by the quarter?
  points: 10
  skills: [ask-for-order, alternative-choice]
  patience: 1
  feedback: You build on her good news, ask for the order, and offer two choices she can happily say yes to.
  next: details
- text: Just get in touch whenever you've made up your mind.
  points: 0
  patience: -1
  feedback: She has told you she's happy, yet you didn't ask for the order, so you handed the next move back to her.
  next: details
- text: If you don't order today, this price is gone tomorrow.
  points: -5
  patience: -3
  feedback: A made-up deadline makes her feel pushed and costs you her trust.
  next: details
:::

## details

Fine, and if we did order, what happens next?

:::reply
prompt: Explain the next step to place the order, and offer two specific times for her to choose from.
skills: [alternative-choice]
length: { min: 6, max: 120 }
concepts:
  - name: next step
    points: 4
    any: [contract, order form, confirmation, quote, sign, paperwork, purchase order]
    hit: You made clear what placing the order involves.
    miss: You didn't say what placing the order involves, so she can't see how to move forward.
  - name: two times
    points: 6
    any: [tomorrow, monday, tuesday, wednesday, thursday, friday, morning, afternoon, o'clock]
    hit: You gave real times, so all she has to do is pick one.
    miss: No specific times, so it will easily drift.
forbidden:
  - phrases: [last chance, price goes up]
    points: -3
    feedback: Invented urgency makes a customer suspicious.
model: I'll email you the order confirmation today; once you've checked the quantities, you just sign it. I can drop by tomorrow at 10 or on Thursday afternoon at 3 to collect it. Which suits you better?
next:
  - min: 6
    go: signed
  - go: no-deal
:::

## signed

(Ms Zhou picks Thursday afternoon.)

All right, Thursday at three. I'll read through the confirmation first.

:::ending
outcome: won
debrief: You asked for the order as soon as she said she was happy, and made the next step and two times so clear that she only had one small decision to make.
:::

## no-deal

(Ms Zhou says, "Let me talk it over with my boss," and the call ends.)

:::ending
outcome: lost
debrief: A happy customer, and still no order. Either you didn't ask, the next step was too vague, or false pressure put her off. When a customer is happy, ask for the order and make the next step concrete.
:::
`
} satisfies Record<Locale, string>;
