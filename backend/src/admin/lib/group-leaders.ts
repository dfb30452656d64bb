import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** A group leader as GET /admin/group-leaders lists it. */
export type GroupLeader = {
  user_id: string
  email: string
  first_name: string | null
  last_name: string | null
  producer_group_id: string
  group_name: string | null
}

/** An admin user who could be named leader. */
export type AdminUserChoice = { id: string; email: string; first_name: string | null; last_name: string | null }

/** What the signed-in user may see of the payouts (GET /admin/group-leaders/me). */
export type AdminPayoutRole =
  | { role: "staff"; producer_group: null }
  | { role: "leader"; producer_group: { id: string; name: string; handle: string } | null }

const keys = {
  ofGroup: (groupId: string) => ["ovop", "group-leaders", groupId] as const,
  users: ["ovop", "admin-users"] as const,
  me: ["ovop", "group-leaders", "me"] as const,
}

/** The leaders of one group. */
export function useGroupLeaders(groupId: string) {
  return useQuery({
    queryKey: keys.ofGroup(groupId),
    queryFn: async () =>
      (
        await sdk.client.fetch<{ group_leaders: GroupLeader[] }>("/admin/group-leaders", {
          query: { producer_group_id: groupId },
        })
      ).group_leaders,
  })
}

/** The admin users (staff and leaders), to choose a leader from. */
export function useAdminUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () =>
      (
        await sdk.client.fetch<{ users: AdminUserChoice[] }>("/admin/users", {
          query: { limit: 200, fields: "id,email,first_name,last_name" },
        })
      ).users,
  })
}

/** The signed-in user's role for the payouts. */
export function useMyPayoutRole() {
  return useQuery({
    queryKey: keys.me,
    queryFn: () => sdk.client.fetch<AdminPayoutRole>("/admin/group-leaders/me"),
  })
}

/** Makes a user the leader of the group (moving it from any other group). */
export function useSetGroupLeader(groupId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) =>
      sdk.client.fetch("/admin/group-leaders", {
        method: "POST",
        body: { user_id: userId, producer_group_id: groupId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ovop", "group-leaders"] }),
  })
}

/** Revokes a leader: its leadership and its admin account go. */
export function useRevokeGroupLeader() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => sdk.client.fetch(`/admin/group-leaders/${userId}`, { method: "DELETE" }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["ovop", "group-leaders"] })
      void queryClient.invalidateQueries({ queryKey: keys.users })
    },
  })
}

/** A user's name for a list: first and last name, else the email. */
export function userLabel(user: { email: string; first_name: string | null; last_name: string | null }): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name ? `${name} (${user.email})` : user.email
}
