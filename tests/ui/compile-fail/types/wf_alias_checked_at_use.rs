//@ compile-fail
// A type alias is checked where it is used: `Names` expands to `Sorted<Vec<String>>`, whose `T: Ord + Copy` fails.
struct Sorted<T: Ord + Copy> {
    items: Vec<T>,
}

type Names = Sorted<Vec<String>>;

fn count(n: &Names) -> usize { //~ ERROR E0277
    n.items.len()
}

fn main() {
    println!("ok");
}
