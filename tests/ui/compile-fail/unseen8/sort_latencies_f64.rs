//@ compile-fail
// Latencies in a Vec<f64> sorted with `sort()`, which needs a total order.
fn main() {
    let mut ms: Vec<f64> = vec![12.5, 8.1, 230.0, 15.2];
    ms.sort(); //~ ERROR E0277
    println!("median {}", (ms[1] + ms[2]) / 2.0);
}
