import { Button, Container, Heading, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useAdminUsers,
  useGroupLeaders,
  useRevokeGroupLeader,
  userLabel,
  useSetGroupLeader,
} from "../../lib/group-leaders"
import { type AdminProducerGroupDetail, requestErrorMessage } from "../../lib/producer-groups"

/**
 * The group's leaders: admin users who see only this group's payouts. Staff name one from the
 * admin users and revoke one (which removes its admin account).
 */
export function LeadersSection({ group }: { group: AdminProducerGroupDetail }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const leaders = useGroupLeaders(group.id)
  const users = useAdminUsers()
  const setLeader = useSetGroupLeader(group.id)
  const revoke = useRevokeGroupLeader()
  const [chosen, setChosen] = useState("")
  const leaderIds = new Set((leaders.data ?? []).map((leader) => leader.user_id))
  const candidates = (users.data ?? []).filter((user) => !leaderIds.has(user.id))
  const rejected = (error: unknown) =>
    toast.error(t("producerGroups.common.serverRejected"), {
      description: requestErrorMessage(error) ?? t("producerGroups.common.requestFailed"),
    })

  const name = async () => {
    const user = candidates.find((candidate) => candidate.id === chosen)
    if (!user) return
    const confirmed = await prompt({
      title: t("producerGroups.detail.leaders.nameTitle", { user: userLabel(user), name: group.name }),
      description: t("producerGroups.detail.leaders.nameDescription"),
      confirmText: t("producerGroups.detail.leaders.nameConfirm"),
      cancelText: t("producerGroups.common.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) return
    setLeader.mutate(user.id, {
      onSuccess: () => {
        setChosen("")
        toast.success(t("producerGroups.detail.leaders.named", { user: userLabel(user) }))
      },
      onError: rejected,
    })
  }

  const revokeLeader = async (leader: {
    user_id: string
    email: string
    first_name: string | null
    last_name: string | null
  }) => {
    const confirmed = await prompt({
      title: t("producerGroups.detail.leaders.revokeTitle", { user: userLabel(leader) }),
      description: t("producerGroups.detail.leaders.revokeDescription"),
      confirmText: t("producerGroups.detail.leaders.revokeConfirm"),
      cancelText: t("producerGroups.common.cancel"),
      variant: "danger",
    })
    if (!confirmed) return
    revoke.mutate(leader.user_id, {
      onSuccess: () => toast.success(t("producerGroups.detail.leaders.revoked", { user: userLabel(leader) })),
      onError: rejected,
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("producerGroups.detail.leaders.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producerGroups.detail.leaders.description")}
        </Text>
      </div>
      {leaders.isError ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("producerGroups.detail.leaders.loadError")}
          </Text>
        </div>
      ) : (leaders.data ?? []).length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {leaders.isLoading ? t("producerGroups.common.loading") : t("producerGroups.detail.leaders.empty")}
          </Text>
        </div>
      ) : (
        <ul className="divide-y">
          {(leaders.data ?? []).map((leader) => (
            <li key={leader.user_id} className="flex items-center gap-x-3 px-6 py-3">
              <Text size="small" className="min-w-0 flex-1 truncate">
                {userLabel(leader)}
              </Text>
              <Button
                size="small"
                variant="secondary"
                isLoading={revoke.isPending}
                onClick={() => revokeLeader(leader)}
              >
                {t("producerGroups.detail.leaders.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Label htmlFor="group-leader-user" size="small">
          {t("producerGroups.detail.leaders.choose")}
        </Label>
        <div className="flex items-center gap-x-2">
          <div className="min-w-0 flex-1">
            <Select value={chosen} onValueChange={setChosen} size="small">
              <Select.Trigger id="group-leader-user">
                <Select.Value placeholder={t("producerGroups.detail.leaders.choosePlaceholder")} />
              </Select.Trigger>
              <Select.Content>
                {candidates.map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {userLabel(user)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Button size="small" variant="secondary" disabled={!chosen} isLoading={setLeader.isPending} onClick={name}>
            {t("producerGroups.detail.leaders.name")}
          </Button>
        </div>
      </div>
    </Container>
  )
}
