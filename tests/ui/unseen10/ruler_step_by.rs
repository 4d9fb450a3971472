// Draws a text ruler and tick marks with step_by, rev and zip over ranges.
fn ruler(width: usize, major: usize, minor: usize) -> (String, String) {
    let mut ticks = vec![' '; width + 1];
    for i in (0..=width).step_by(minor) {
        ticks[i] = '.';
    }
    for i in (0..=width).step_by(major) {
        ticks[i] = '|';
    }
    let mut labels = vec![' '; width + 4];
    for i in (0..=width).step_by(major) {
        for (k, ch) in i.to_string().chars().enumerate() {
            labels[i + k] = ch;
        }
    }
    (ticks.into_iter().collect(), labels.into_iter().collect::<String>().trim_end().to_string())
}

fn main() {
    let (ticks, labels) = ruler(30, 10, 2);
    println!("{}", ticks);
    println!("{}", labels);

    let countdown: Vec<u32> = (0..=20).rev().step_by(5).collect();
    println!("countdown: {:?}", countdown);

    let evens_odds: Vec<(i32, i32)> = (0..10).step_by(2).zip((1..10).step_by(2)).collect();
    println!("pairs: {:?}", evens_odds);

    let letters: String = ('a'..='z').step_by(3).collect();
    println!("every third letter: {}", letters);

    let hours: Vec<String> = (0..24).step_by(6).map(|h| format!("{:02}:00", h)).collect();
    println!("shifts: {}", hours.join(" | "));
    let total: u64 = (1..=100u64).step_by(7).sum();
    println!("sum of 1, 8, 15, ... <= 100: {}", total);
}
