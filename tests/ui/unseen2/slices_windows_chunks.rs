// Slices: windows for moving averages, chunks for paging, split_at, contains, iter().rev(), sub-slices.
fn moving_average(data: &[f64], width: usize) -> Vec<f64> {
    data.windows(width).map(|w| w.iter().sum::<f64>() / width as f64).collect()
}

fn largest_rise(data: &[i32]) -> Option<(usize, i32)> {
    data.windows(2)
        .enumerate()
        .map(|(i, w)| (i, w[1] - w[0]))
        .max_by_key(|&(_, d)| d)
}

fn print_pages(items: &[&str], per_page: usize) {
    for (n, page) in items.chunks(per_page).enumerate() {
        println!("page {}: {}", n + 1, page.join(", "));
    }
}

fn sum_halves(data: &[i32]) -> (i32, i32) {
    let (left, right) = data.split_at(data.len() / 2);
    (left.iter().sum(), right.iter().sum())
}

fn main() {
    let temps = [12.0, 14.5, 13.0, 17.5, 21.0, 19.5, 16.0];
    let avg = moving_average(&temps, 3);
    let shown: Vec<String> = avg.iter().map(|a| format!("{:.2}", a)).collect();
    println!("3-day averages: {}", shown.join(" "));

    let prices = [100, 98, 105, 103, 120, 90, 95];
    if let Some((day, rise)) = largest_rise(&prices) {
        println!("largest rise {} between day {} and {}", rise, day, day + 1);
    }
    println!("{:?}", largest_rise(&prices[..1]));

    let items = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu"];
    print_pages(&items, 3);
    let (a, b) = sum_halves(&prices);
    println!("halves: {} {}", a, b);

    let middle = &prices[2..5];
    println!("middle {:?} len {} first {:?} last {:?}", middle, middle.len(), middle.first(), middle.last());
    println!("contains 120: {}, position of 90: {:?}", middle.contains(&120), prices.iter().position(|&p| p == 90));
    let reversed: Vec<i32> = middle.iter().rev().cloned().collect();
    println!("reversed {:?}", reversed);

    let mut grid = [0u8; 12];
    for (i, row) in grid.chunks_mut(4).enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = (i * 4 + j) as u8;
        }
    }
    for row in grid.chunks(4) {
        println!("{:?}", row);
    }
    let evens: Vec<&[u8]> = grid.chunks(5).collect();
    println!("uneven chunks {:?}", evens);
    let pairs = grid.iter().zip(grid.iter().skip(1)).filter(|(a, b)| *b - *a == 1).count();
    println!("{} consecutive pairs, starts with [0,1]: {}", pairs, grid.starts_with(&[0, 1]));
}
