/**
 * Advance widths of the bundled Roboto faces (pdfmake's build/vfs_fonts.js), so fit.ts can break lines the way
 * pdfmake will without asking pdfmake to measure every word. Generated from the font files; fit.test.ts checks the
 * table against them, so a pdfmake update that changes the fonts fails the tests instead of misplacing text.
 * Widths are in font units (2048 per em), base 36, for the code points in ROBOTO_CODE_RANGES, in order.
 */
export const ROBOTO_UNITS_PER_EM = 2048;

export const ROBOTO_CODE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x200b, 0x200b],
  [0x2011, 0x2011],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
  [0x20ac, 0x20ac],
];

export const ROBOTO_WIDTHS = {
  normal:
    'e4 eo i8 z1 vz 15o ze 9y jh jt oi wa b7 fq f0 nh vz vz vz vz vz vz vz vz vz vz ds c1 sx v8 tr qw 1f3 ' +
    '114 zg 111 11c wc vg 12r 14l fh ve zp un 1do 14l 135 zw 135 z2 xs xy 10w 108 1eh zo y6 y3 f3 nd f3 ' +
    'ns po hl uy vy ts w3 u6 js vy vc du dm su du 1dw vf wg vy wc ja td im vd rk 16r s8 qx s8 j9 dw j9 ' +
    '12p e4 dw v5 x3 14l tw do yw nt 18p pg qp vi fq 18q q3 l9 uf kv kv hu w9 ru ev e4 kv pw qo 15o 185 ' +
    '189 qy 114 114 114 114 114 114 1h6 111 wc wc wc wc fh fh fh fh 126 14l 135 135 135 135 135 ud 135 ' +
    '10w 10w 10w 10w y6 xm xu uy uy uy uy uy uy 1c2 ts u6 u6 u6 u6 e3 e3 e3 e3 xd vf wg wg wg wg wg wi w9 ' +
    'vd vd vd vd qx ws qx 114 uy 114 uy 114 uy 111 ts 111 ts 111 ts 111 ts 11c 109 126 y0 wc u6 wc u6 wc ' +
    'u6 wc u6 wc u6 12r vy 12r vy 12r vy 12r vy 14l vc 13v w6 fh e3 fh e3 fh e3 fh du fh e3 1av rg ve ec ' +
    'zp su vo un du un du un i0 un jy un fe 14l vf 14l vf 14l vf vf 13f w9 135 wg 135 wg 135 wg 1i9 1fo ' +
    'z2 ja z2 ja z2 ja xs td xs td xs td xs td xy im xy jq xy im 10w vd 10w vd 10w vd 10w vd 10w vd 10w ' +
    'vd 1eh 16r y6 qx y6 y3 s8 y3 s8 y3 s8 e4 0 fo 11c 18f be be bc k4 kc jm j7 122 vz',
  bold:
    'e5 f2 i6 yb wc 15w 10h 9j jp jw p8 vl cq jc ft m7 wc wc wc wc wc wc wc wc wc wc f0 dn sy w0 tk ro ' +
    '1f1 11q zx 115 115 w5 vc 12r 14d g4 vm zy uq 1dr 14d 137 10b 137 zt yg yo 118 10q 1e3 zx yr yb fg np ' +
    'fg oe ph i8 uo vz tp w2 uh k3 w9 vm ei ea to ei 1dk vo wa vz w7 k4 ta iy vn s8 168 sm rv sm iz e5 iz ' +
    '11p e5 f3 w2 xh 13y u8 e0 zd pe 18p pc rn vf jc 18q re lr ui l1 l1 ic xt ru g4 er l1 pz rn 156 17m ' +
    '198 rp 11q 11q 11q 11q 11q 11q 1ha 115 w5 w5 w5 w5 g4 g4 g4 g4 11z 14d 137 137 137 137 137 ua 135 ' +
    '118 118 118 118 yr y7 yz uo uo uo uo uo uo 1c2 tp uh uh uh uh ev ev ev ev x0 vo wa wa wa wa wa wh w6 ' +
    'vn vn vn vn rv wh rv 11q uo 11q uo 11q uo 115 tp 115 tp 115 tp 115 tp 115 108 11z z0 w5 uh w5 uh w5 ' +
    'uh w5 uh w5 uh 12r w9 12r w9 12r w9 12r w9 14d vm 14g wg g4 ev g4 ev g4 ev g4 ei g4 ev 1bp sr vm f9 ' +
    'zy to wq uq ei uq ei uq io uq km v8 gi 14d vo 14d vo 14d vo vo 13r w6 137 wa 137 wa 137 wa 1io 1fi ' +
    'zt k4 zt k4 zt k4 yg ta yg ta yg ta yg ta yo iy yo k2 yo iy 118 vn 118 vn 118 vn 118 vn 118 vn 118 ' +
    'vn 1e3 168 yr rv yr yb sm yb sm yb sm ef 0 jb 10j 17u cf ca cu ln lv lc jw 14a wc',
  italics:
    'dz e8 ho xz v0 14f yc 9n iw j8 ns vb av f9 ek ms v0 v0 v0 v0 v0 v0 v0 v0 v0 v0 dn by s2 ua sv q3 1dk ' +
    '100 ye zx 108 vd ui 11l 13d f0 ug ym tq 1c6 13d 11z yt 11z y0 ws wx zs z5 1cy yl x5 x2 en mo en n2 ' +
    'ow h2 u1 v0 sw v4 t9 j7 v0 ue df d7 rz df 1ce uh vh v0 vd ip sh i2 uf qq 15h re q4 re io dh io 11j ' +
    'dz dh u7 w3 13d t0 d9 xu n3 17d op q6 uk f9 17e pb km ti ki ki hb va r0 ef dp ki p4 q5 14p 173 177 ' +
    'q5 100 100 100 100 100 100 1fl zx vd vd vd vd f0 f0 f0 f0 112 13d 11z 11z 11z 11z 11z tg 11z zs zs ' +
    'zs zs x5 wm wt u1 u1 u1 u1 u1 u1 1am sw t9 t9 t9 t9 do do do do wd uh vh vh vh vh vh vj va uf uf uf ' +
    'uf q4 vt q4 100 u1 100 u1 100 u1 zx sw zx sw zx sw zx sw 108 za 112 wz vd t9 vd t9 vd t9 vd t9 vd t9 ' +
    '11l v0 11l v0 11l v0 11l v0 13d ue 12o v8 f0 do f0 do f0 do f0 df f0 do 19g qm ug dx ym rz uq tq df ' +
    'tq df tq hl tq jj tq ex 13d uh 13d uh 13d uh uh 128 va 11z vh 11z vh 11z vh 1gm 1e4 y0 ip y0 ip y0 ' +
    'ip ws sh ws sh ws sh ws sh wx i2 wx j6 wx i2 zs uf zs uf zs uf zs uf zs uf zs uf 1cy 15h x5 q4 x5 x2 ' +
    're x2 re x2 re dp 0 fh 10i 17d b2 b2 b0 js k0 j1 im 117 v0',
  bolditalics:
    'e0 em hm xa vd 14m ze 98 j4 jb oh un cc ir fc lj vd vd vd vd vd vd vd vd vd vd eu di s3 v1 so qu 1di ' +
    '10l yu 101 101 v7 ue 11l 135 fm un yv tt 1c9 135 121 z8 121 yq xg xm 104 zn 1cl yu xp xa ez n0 ez no ' +
    'op ho tr v1 st v3 tk ji va uo e2 du ss e2 1c3 uq vb v1 v8 ji sf ie up re 14y rs r1 rs ie dp ie 10k ' +
    'e0 en v3 wh 12r tb dl yb on 17d ol r3 uh ir 17e qk l4 tl ko ko ht wt r0 fn eb ko p7 r2 148 16l 185 ' +
    'qv 10l 10l 10l 10l 10l 10l 1fp 101 v7 v7 v7 v7 fm fm fm fm 10v 135 121 121 121 121 121 td 11z 104 ' +
    '104 104 104 xp x6 xx tr tr tr tr tr tr 1am st tk tk tk tk ef ef ef ef w1 uq vb vb vb vb vb vi v7 up ' +
    'up up up r1 vi r1 10l tr 10l tr 10l tr 101 st 101 st 101 st 101 st 101 z9 10v xy v7 tk v7 tk v7 tk ' +
    'v7 tk v7 tk 11l va 11l va 11l va 11l va 135 uo 139 vi fm ef fm ef fm ef fm e2 fm ef 1aa rw un et yv ' +
    'ss vr tt e2 tt e2 tt i8 tt k6 ub g0 135 uq 135 uq 135 uq uq 12k v7 121 vb 121 vb 121 vb 1h1 1dz yq ' +
    'ji yq ji yq ji xg sf xg sf xg sf xg sf xm ie xm ji xm ie 104 up 104 up 104 up 104 up 104 up 104 up ' +
    '1cl 14y xp r1 xp xa rs xa rs xa rs e0 0 j0 zq 16s c2 bx ch la lh kq ja 13c vd',
} as const;
