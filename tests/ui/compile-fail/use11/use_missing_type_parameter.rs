//@ compile-fail
// A `use<..>` list must name every type parameter in scope.
fn copies<'a, T: Copy>(v: &'a [T]) -> impl Iterator<Item = T> + use<'a> { //~ ERROR must mention all type parameters
    v.iter().copied()
}

fn main() {
    for x in copies(&[1, 2]) {
        println!("{}", x);
    }
}
