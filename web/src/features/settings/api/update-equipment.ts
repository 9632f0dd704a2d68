import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { equipmentQueryKey, type EquipmentSettings, type UpdateEquipmentRequest } from '../../../lib/plates/get-equipment';

export function updateEquipment(body: UpdateEquipmentRequest): Promise<EquipmentSettings> {
  return api.put<EquipmentSettings>('/equipment', body);
}

export function useUpdateEquipment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEquipment,
    onSuccess: (settings) => queryClient.setQueryData(equipmentQueryKey, settings),
  });
}
