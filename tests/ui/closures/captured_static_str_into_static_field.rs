// Closures storing captured `&'static str` variables and `'static` items in `&'static str` fields.
#[derive(Debug)]
struct Named {
    name: &'static str,
    unit: &'static str,
    n: u32,
}
fn label(k: u32) -> &'static str {
    if k > 1 { "many" } else { "one" }
}
fn build(unit: &'static str, k: u32) -> Vec<Named> {
    let name = label(k);
    (0..k).map(|n| Named { name, unit, n }).collect()
}
fn main() {
    let unit = "g";
    let v: Vec<Named> = (0..2).map(|n| Named { name: "flour", unit, n }).collect();
    let w: Vec<Named> = ["a", "b"].iter().map(move |n| Named { name: n, unit, n: 0 }).collect();
    let f = |n| Named { name: "x", unit: n, n: 1 };
    let x: Vec<Named> = "kg l".split(' ').map(f).collect();
    println!("{:?}\n{:?}\n{:?}\n{:?}", v, w, x, build("ml", 3));
}
