//@ compile-fail
// A visit counter declared without mut is incremented inside a loop.
fn main() {
    let pages = ["/", "/about", "/", "/blog"];
    let visits = 0;
    for p in pages.iter() {
        if *p == "/" {
            visits += 1; //~ ERROR E0384
        }
    }
    println!("{} visits to the home page", visits);
}
