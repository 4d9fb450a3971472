// `to_string` allocates by std's specialisation of the exact `Self`: str behind references, String/char/bool/ints only by value
use std::fmt::Display;
fn via_generic<T: Display>(x: &T) -> String {
    x.to_string()
}
fn via_double_ref<T: Display>(xs: &[&T]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}
fn main() {
    let s = String::from("hello");
    let rs = &s;
    let a = rs.to_string();
    let b = (&rs).to_string();
    let st: &&&str = &&"abc";
    let c = st.to_string();
    let n = 12345u32;
    let d = (&n).to_string();
    let e = (&&n).to_string();
    let m = -42i64;
    let f = (&&m).to_string();
    let g = (&'x').to_string();
    let h = (&&true).to_string();
    let i = via_generic(&s);
    let j = via_generic(&&s);
    let k = via_double_ref(&[&7u8, &200u8]);
    let l = via_double_ref(&[&"one", &"two"]);
    println!("{} {} {} {} {} {} {} {} {} {} {:?} {:?}", a, b, c, d, e, f, g, h, i, j, k, l);
    println!("{}", [a, b, c, d, e, f, g, h, i, j].iter().map(|x| x.capacity()).sum::<usize>());
}
