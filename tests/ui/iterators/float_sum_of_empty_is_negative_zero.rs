// std's float sums start at -0.0: an empty sum prints `-0`, a sum of `0.0` prints `0`; products start at 1.
fn main() {
    let empty: Vec<f64> = vec![];
    let s: f64 = empty.iter().sum();
    let t: f32 = empty.iter().map(|x| *x as f32).sum();
    let owned: f64 = empty.clone().into_iter().sum();
    let p: f64 = empty.iter().product();
    println!("{} {} {} {} {}", s, t, owned, p, [0.0f64].iter().sum::<f64>());
    println!("{:.2} {:?}", s, s);
}
