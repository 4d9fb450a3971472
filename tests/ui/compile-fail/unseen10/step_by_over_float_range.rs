//@ compile-fail
// A ruler of fractional ticks steps over a Range<f64>, which is not an iterator.
fn main() {
    let mut ticks = Vec::new();
    for x in (0.0..1.0).step_by(4) { //~ ERROR E0599
        ticks.push(x);
    }
    println!("{:?}", ticks);
}
