//@ compile-fail
// A nested block comment closed only once.
fn main() {
    println!("hi");
}
/* outer //~ ERROR E0758
   /* inner */
