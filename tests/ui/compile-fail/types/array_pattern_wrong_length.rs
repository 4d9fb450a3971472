//@ compile-fail
// A slice pattern without `..` on an array must name exactly as many elements as the array has.
fn main() {
    let rgb = [255, 128, 0];
    let [r, g] = rgb; //~ ERROR E0527
    println!("{r} {g}");
}
