//@ compile-fail
// a Vec<f64> sorted with sort, which needs Ord
fn main() {
    let mut ratios: Vec<f64> = vec![0.5, 0.25, 0.75];
    ratios.sort(); //~ ERROR E0277
    println!("{:?}", ratios);
}
