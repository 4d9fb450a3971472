// A Vec of Vecs as a jagged grid, pushed row by row, and flattened.
fn main() {
    let mut rows: Vec<Vec<u32>> = Vec::new();
    for r in 1..=4 {
        let mut row = Vec::new();
        for c in 1..=r {
            row.push(r * c);
        }
        rows.push(row);
    }
    for row in &rows {
        println!("{row:?} cap {}", row.capacity());
    }
    let flat: Vec<u32> = rows.concat();
    println!("{flat:?}");
    let total: u32 = rows.iter().map(|r| r.iter().sum::<u32>()).sum();
    println!("{total}");
    println!("{}", rows.capacity());
}
