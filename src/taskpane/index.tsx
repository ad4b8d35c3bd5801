// Task pane entry: waits for Office, then renders the pane on Excel's active workbook.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { documentStore, excelPort } from './port';

const root = createRoot(document.getElementById('container')!);

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <p style={{ padding: 12 }}>请在 Excel 中打开“绩效表校验助手”。</p>
      </FluentProvider>,
    );
    return;
  }
  const port = excelPort((batch) => Excel.run(batch), documentStore);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} />
    </FluentProvider>,
  );
});
