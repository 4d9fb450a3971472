//@ compile-fail
// A generic `print_all<T>` formats items with {} without a Display bound, as a Java generic calls toString().
fn print_all<T>(items: &[T]) {
    for item in items {
        println!("- {}", item); //~ ERROR E0277
    }
}

fn main() {
    print_all(&[1, 2, 3]);
}
