"""The state of the exchange for people: own fingerprints, the upper level, packages sent, stations registered."""

from __future__ import annotations

from station_app.services import settings
from station_app.services.exchange import history, keys
from station_app.store.models import Station


def registered() -> list[Station]:
    return list(Station.select().where(Station.own == False).order_by(Station.name))


def lines() -> list[str]:
    own = settings.station()
    out = [f"本单位：{own.name if own else '（未建立）'}",
           f"  签名密钥指纹（工作站上报时，上级核对）：{keys.signing_fingerprint()}",
           f"  接收密钥指纹（本单位公钥文件的指纹）：{keys.box_fingerprint()}"]
    upper = keys.trusted()
    out.append(f"上报给：{upper.name}（指纹 {upper.fingerprint}）" if upper else "上报给：尚未导入上级公钥文件")
    sent = history.exports()
    if sent:
        last = sent[-1]
        out.append(f"已导出 {len(sent)} 个上报包，最近：第 {last['sequence']} 号，"
                   f"{last['made_at'][:16].replace('T', ' ')}")
    stations = registered()
    if stations:
        out.append(f"已登记的工作站：{len(stations)} 个")
        for st in stations:
            when = st.last_package_at.strftime("%Y-%m-%d %H:%M") if st.last_package_at else "—"
            gaps = history.missing(history.imported(st.uuid))
            gap = "；缺少第 " + "、".join(map(str, gaps)) + " 号" if gaps else ""
            out.append(f"  {st.name}：最近第 {st.last_seq} 号（{when}），指纹 {st.fingerprint}{gap}")
    return out
