import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  type AdminProducerGroupDetail,
  type CreateProducerGroupBody,
  createProducerGroup,
  listProducerGroups,
  type ProducerGroupListQuery,
  pauseProducerGroup,
  resumeProducerGroup,
  retrieveProducerGroup,
  retrieveProductProducerGroup,
  setProductProducerGroup,
  type UpdateProducerGroupBody,
  updateProducerGroup,
} from "./producer-groups"

/** React Query keys of the producer-group data (shared with the dashboard's query client). */
export const producerGroupQueryKeys = {
  all: ["ovop", "producer-groups"] as const,
  lists: () => [...producerGroupQueryKeys.all, "list"] as const,
  list: (query: ProducerGroupListQuery) => [...producerGroupQueryKeys.lists(), query] as const,
  detail: (id: string) => [...producerGroupQueryKeys.all, "detail", id] as const,
  ofProduct: (productId: string) => ["ovop", "product-producer-group", productId] as const,
}

/** One page of groups; the previous page stays on screen while the next one loads. */
export function useProducerGroupList(query: ProducerGroupListQuery) {
  return useQuery({
    queryKey: producerGroupQueryKeys.list(query),
    queryFn: () => listProducerGroups(query),
    placeholderData: keepPreviousData,
  })
}

/** One group with its translations and products. */
export function useProducerGroup(id: string) {
  return useQuery({
    queryKey: producerGroupQueryKeys.detail(id),
    queryFn: () => retrieveProducerGroup(id),
    enabled: Boolean(id),
  })
}

/** Keeps the cache right after a group changed: its detail is fresh, every list is stale. */
function useStoreChangedGroup() {
  const queryClient = useQueryClient()
  return (group: AdminProducerGroupDetail) => {
    queryClient.setQueryData(producerGroupQueryKeys.detail(group.id), group)
    void queryClient.invalidateQueries({ queryKey: producerGroupQueryKeys.lists() })
  }
}

/** Creates a group. */
export function useCreateProducerGroup() {
  const storeChangedGroup = useStoreChangedGroup()
  return useMutation({
    mutationFn: (body: CreateProducerGroupBody) => createProducerGroup(body),
    onSuccess: storeChangedGroup,
  })
}

/** Updates any subset of a group's fields and translations. */
export function useUpdateProducerGroup(id: string) {
  const storeChangedGroup = useStoreChangedGroup()
  return useMutation({
    mutationFn: (body: UpdateProducerGroupBody) => updateProducerGroup(id, body),
    onSuccess: storeChangedGroup,
  })
}

/** Pauses or resumes a group. */
export function useSetProducerGroupPaused(id: string) {
  const storeChangedGroup = useStoreChangedGroup()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (paused: boolean) => (paused ? pauseProducerGroup(id) : resumeProducerGroup(id)),
    onSuccess: (group) => {
      storeChangedGroup(group)
      // Product widgets show the group's status.
      void queryClient.invalidateQueries({ queryKey: ["ovop", "product-producer-group"] })
    },
  })
}

/** The group of a product. */
export function useProductProducerGroup(productId: string) {
  return useQuery({
    queryKey: producerGroupQueryKeys.ofProduct(productId),
    queryFn: () => retrieveProductProducerGroup(productId),
  })
}

/** Sets the group of a product. */
export function useSetProductProducerGroup(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (producerGroupId: string) => setProductProducerGroup(productId, producerGroupId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: producerGroupQueryKeys.ofProduct(productId) })
      // Both the old and the new group's product lists changed.
      void queryClient.invalidateQueries({ queryKey: producerGroupQueryKeys.all })
    },
  })
}
