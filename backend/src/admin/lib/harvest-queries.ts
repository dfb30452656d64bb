import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  type CreateHarvestLotBody,
  createHarvestLot,
  type HarvestLotListQuery,
  type HarvestLotStatus,
  listHarvestLots,
  listHarvestProducts,
  MAX_LOT_PAGE,
  transitionHarvestLot,
} from "./harvest"
import { listProducerGroups, retrieveProducerGroup } from "./producer-groups"
import { producerGroupQueryKeys } from "./queries"

/** React Query keys of the harvest data (shared with the dashboard's query client). */
export const harvestQueryKeys = {
  all: ["ovop", "harvest-lots"] as const,
  list: (query: HarvestLotListQuery) => [...harvestQueryKeys.all, "list", query] as const,
  products: ["ovop", "harvest-products"] as const,
}

/** One page of lots; the previous page stays on screen while the next one loads. */
export function useHarvestLotList(query: HarvestLotListQuery) {
  return useQuery({
    queryKey: harvestQueryKeys.list(query),
    queryFn: () => listHarvestLots(query),
    placeholderData: keepPreviousData,
  })
}

/** Every lot the API gives at once (the calendar and the expiry list work on these). */
export function useAllHarvestLots() {
  return useHarvestLotList({ limit: MAX_LOT_PAGE, offset: 0 })
}

/** The products with their variants and season months. */
export function useHarvestProducts() {
  return useQuery({ queryKey: harvestQueryKeys.products, queryFn: listHarvestProducts, staleTime: 60_000 })
}

/** Every producer group (the API lists at most 200 at once; the association has far fewer). */
export function useAllProducerGroups() {
  const query = { limit: 200, offset: 0 }
  return useQuery({ queryKey: producerGroupQueryKeys.list(query), queryFn: () => listProducerGroups(query) })
}

/** The details (with products) of the given groups, fetched side by side. */
export function useProducerGroupDetails(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: producerGroupQueryKeys.detail(id),
      queryFn: () => retrieveProducerGroup(id),
    })),
  })
}

/** Plans a lot. */
export function useCreateHarvestLot() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateHarvestLotBody) => createHarvestLot(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: harvestQueryKeys.all }),
  })
}

/** Moves a lot on; stock may change with it, so the dashboard's inventory goes stale too. */
export function useTransitionHarvestLot() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; to: HarvestLotStatus; produced_quantity?: number }) =>
      transitionHarvestLot(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: harvestQueryKeys.all })
      void queryClient.invalidateQueries({ queryKey: ["inventory_items"] })
    },
  })
}
