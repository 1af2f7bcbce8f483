import { useTranslation } from "react-i18next";
import { encode } from "uqr";

/**
 * The join link as a QR code, for phones to scan off the projector. Drawn as one SVG path of dark modules
 * on a light square, with the quiet zone the standard asks for; its text alternative is the link itself.
 */
export default function JoinQr({ link }: { link: string }) {
  const { t } = useTranslation();
  const { data, size } = encode(link, { ecc: "M", border: 4 });
  const path = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join("");
  return (
    <svg
      className="join-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={t("lobby.qr", { link })}
      shapeRendering="crispEdges"
      data-testid="join-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
