// usize::div_ceil by zero panics with "attempt to divide by zero" at the caller's line.
fn pages(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page)
}

fn main() {
    for per in [5, 2, 0] {
        println!("{} pages", pages(12, per));
    }
}
