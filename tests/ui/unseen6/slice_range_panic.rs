// Paging through a Vec with slices until a computed range runs past the end and panics.
fn page<T: std::fmt::Debug>(items: &[T], page: usize, size: usize) -> &[T] {
    let start = page * size;
    let end = start + size;
    &items[start..end]
}

fn page_checked<T>(items: &[T], page: usize, size: usize) -> Option<&[T]> {
    let start = page.checked_mul(size)?;
    let end = (start + size).min(items.len());
    items.get(start..end)
}

fn summary(slice: &[u32]) -> String {
    match slice {
        [] => String::from("empty"),
        [one] => format!("just {}", one),
        [first, .., last] => format!("{}..{} ({} items)", first, last, slice.len()),
    }
}

fn main() {
    let items: Vec<u32> = (1..=11).map(|n| n * 10).collect();
    let size = 4;
    let pages = (items.len() + size - 1) / size;
    println!("{} items, {} pages of {}", items.len(), pages, size);
    let safe = items.chunks(size).map(|c| c.len()).collect::<Vec<_>>();
    println!("chunk sizes: {:?}", safe);
    for p in 0..=pages {
        match page_checked(&items, p, size) {
            Some(s) => println!("checked page {}: {}", p, summary(s)),
            None => println!("checked page {}: none", p),
        }
    }
    for p in 0..pages {
        let shown = page(&items, p, size);
        println!("page {}: {:?}", p, shown);
    }
    println!("unreachable");
}
