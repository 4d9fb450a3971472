//@ compile-fail
// Pushing the midpoints into the same Vec while its windows are being iterated.
fn main() {
    let mut points = vec![0.0f64, 4.0, 10.0];
    for w in points.windows(2) {
        points.push((w[0] + w[1]) / 2.0); //~ ERROR E0502
    }
    println!("{:?}", points);
}
