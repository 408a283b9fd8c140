// « Listes de référence » : one entry per list with its French name, opening the content
// manager's list view filtered on that list and sorted by display order.
import * as React from 'react';
import { Box, Flex, Main, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { REFERENCE_LIST_CODES, referenceListName } from '../../content-manager/reference-list-names';

const UID = 'api::reference-item.reference-item';

export const referenceListHref = (code: string): string =>
  `/content-manager/collection-types/${UID}?page=1&pageSize=50&sort=position:ASC&filters[$and][0][list][$eq]=${encodeURIComponent(code)}`;

export const ReferenceListsPage = () => {
  const codes = [...REFERENCE_LIST_CODES].sort((a, b) => referenceListName(a).localeCompare(referenceListName(b), 'fr'));
  return (
    <Main>
      <Layouts.Header
        title="Listes de référence"
        subtitle="Les valeurs proposées dans la console. Ouvrez une liste pour ajouter, renommer, ordonner ou désactiver ses valeurs."
      />
      <Layouts.Content>
        <Box background="neutral0" shadow="tableShadow" hasRadius padding={6}>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
            {codes.map((code) => (
              <li key={code}>
                <Link to={referenceListHref(code)}>
                  <Typography variant="omega" fontWeight="bold" textColor="primary600">
                    {referenceListName(code)}
                  </Typography>
                </Link>
              </li>
            ))}
          </Flex>
        </Box>
      </Layouts.Content>
    </Main>
  );
};

export default ReferenceListsPage;
