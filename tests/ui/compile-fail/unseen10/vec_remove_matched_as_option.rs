//@ compile-fail
// Vec::remove returns the element, not an Option, but the code matches it with if let Some.
fn main() {
    let mut tracks = vec!["Intro", "Rain", "Outro"];
    if let Some(t) = tracks.remove(1) { //~ ERROR E0308
        println!("removed {}", t);
    }
    println!("{:?}", tracks);
}
