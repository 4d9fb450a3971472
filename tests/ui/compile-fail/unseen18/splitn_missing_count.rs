//@ compile-fail
// splitn called with only the separator, forgetting the count.
fn main() {
    let line = "key:value:with:colons";
    let parts: Vec<&str> = line.splitn(':').collect(); //~ ERROR E0061
    println!("{:?}", parts);
}
