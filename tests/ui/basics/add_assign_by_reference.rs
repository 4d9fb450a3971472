// Compound assignment with a reference on the right (`AddAssign<&T>`) on integers, floats and String.
fn main() {
    let v = vec![1u8, 2, 200];
    let mut total = 0u8;
    let mut acc = 0i64;
    for x in &v {
        acc += *x as i64;
    }
    let mut f = 1.5f64;
    f *= &2.0;
    f -= &0.25;
    let mut s = String::from("a");
    s += &String::from("b");
    v.iter().for_each(|x| total += x);
    let mut bits = 0b1010u16;
    bits |= &0b0101;
    bits <<= &2;
    println!("{} {} {} {} {}", acc, f, s, total, bits);
    let mut small = 250u8;
    for x in v.iter() {
        small += x;
        println!("{}", small);
    }
}
