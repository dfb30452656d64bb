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
import { listLowStock, listPreorders, type PreorderListQuery } from "./preorders"
import { listProducerGroups, retrieveProducerGroup } from "./producer-groups"
import { producerGroupQueryKeys } from "./queries"

/** React Query keys of the harvest data (shared with the dashboard's query client). */
export const harvestQueryKeys = {
  all: ["ovop", "harvest-lots"] as const,
  list: (query: HarvestLotListQuery) => [...harvestQueryKeys.all, "list", query] as const,
  products: ["ovop", "harvest-products"] as const,
}

/** React Query keys of the pre-order and low-stock lists. */
export const preorderQueryKeys = {
  all: ["ovop", "preorders"] as const,
  list: (query: PreorderListQuery) => [...preorderQueryKeys.all, "list", query] as const,
  lowStockAll: ["ovop", "low-stock"] as const,
  lowStock: (threshold: number) => [...preorderQueryKeys.lowStockAll, threshold] as const,
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
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: harvestQueryKeys.all })
      // The low-stock list shows each variant's next lot.
      void queryClient.invalidateQueries({ queryKey: preorderQueryKeys.lowStockAll })
    },
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
      // A lot that comes in serves its pre-orders and puts stock on the shelf.
      void queryClient.invalidateQueries({ queryKey: preorderQueryKeys.all })
      void queryClient.invalidateQueries({ queryKey: preorderQueryKeys.lowStockAll })
    },
  })
}

/** One page of pre-order bookings; the previous page stays on screen while the next one loads. */
export function usePreorderList(query: PreorderListQuery) {
  return useQuery({
    queryKey: preorderQueryKeys.list(query),
    queryFn: () => listPreorders(query),
    placeholderData: keepPreviousData,
  })
}

/** Variants with `threshold` or fewer on the shelf; the previous list stays while a new threshold loads. */
export function useLowStock(threshold: number) {
  return useQuery({
    queryKey: preorderQueryKeys.lowStock(threshold),
    queryFn: () => listLowStock(threshold),
    placeholderData: keepPreviousData,
  })
}
