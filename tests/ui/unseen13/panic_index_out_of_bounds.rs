// Reading past the end of a Vec panics instead of reading foreign memory (buffer overflow prevented).
fn average_of_window(values: &[u32], start: usize, width: usize) -> u32 {
    let mut total = 0;
    for i in start..start + width {
        total += values[i];
    }
    total / width as u32
}

fn checked_window(values: &[u32], start: usize, width: usize) -> Option<u32> {
    let window = values.get(start..start + width)?;
    Some(window.iter().sum::<u32>() / width as u32)
}

fn describe(values: &[u32]) {
    println!("{} values, first {:?}, last {:?}", values.len(), values.first(), values.last());
}

fn main() {
    let samples = vec![10, 20, 30, 40, 50];
    println!("window 0..3: {}", average_of_window(&samples, 0, 3));
    println!("window 2..5: {}", average_of_window(&samples, 2, 3));
    let safe = samples.get(7);
    println!("get(7) = {:?}", safe);
    describe(&samples);
    println!("checked 3..6: {:?}", checked_window(&samples, 3, 3));
    println!("checked 1..4: {:?}", checked_window(&samples, 1, 3));
    println!("window 3..6: {}", average_of_window(&samples, 3, 3));
    println!("never printed");
}
