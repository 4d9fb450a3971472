// Nested items with generics of their own (even named like the outer `T`), and array lengths and constants from constants.
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    fn bigger<T: PartialOrd>(a: T, b: T) -> T {
        if a > b { a } else { b }
    }
    struct Best<U> {
        value: U,
    }
    let mut best = Best { value: items[0] };
    for &x in items {
        best.value = bigger(best.value, x);
    }
    best.value
}

const WIDTH: usize = 3;

fn main() {
    const HEIGHT: usize = 4;
    static LABEL: &str = "grid";
    let grid = [[0u8; WIDTH]; HEIGHT];
    let width = 5;
    let row = vec![1u8; width];
    println!("{} {}x{} {:?}", LABEL, grid.len(), grid[0].len(), row);
    println!("{} {}", largest(&[3, 9, 4]), largest(&[1.5, -2.0]));
}
