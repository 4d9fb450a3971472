// Daily temperatures: windows(3) finds local peaks and steep rises, chunks(7) gives weekly averages.
fn main() {
    let temps: [i32; 17] = [12, 14, 13, 17, 21, 19, 18, 15, 16, 22, 25, 24, 20, 20, 23, 19, 18];

    let peaks: Vec<(usize, i32)> = temps
        .windows(3)
        .enumerate()
        .filter(|(_, w)| w[1] > w[0] && w[1] > w[2])
        .map(|(i, w)| (i + 1, w[1]))
        .collect();
    println!("peaks (day, temp): {:?}", peaks);

    let rises: Vec<String> = temps
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[1] - w[0] >= 4)
        .map(|(i, w)| format!("day {}->{}: +{}", i, i + 1, w[1] - w[0]))
        .collect();
    println!("steep rises: {}", rises.join(", "));

    for (week, chunk) in temps.chunks(7).enumerate() {
        let avg = chunk.iter().sum::<i32>() as f64 / chunk.len() as f64;
        let spread = chunk.iter().max().unwrap() - chunk.iter().min().unwrap();
        println!("week {}: {} days, avg {:.1}, spread {}", week + 1, chunk.len(), avg, spread);
    }

    let exact = temps.chunks_exact(5);
    let rem = exact.remainder().to_vec();
    let fives: Vec<i32> = exact.map(|c| c.iter().sum()).collect();
    println!("five-day sums {:?}, leftover {:?}", fives, rem);

    let longest_warm = temps
        .split(|&t| t < 18)
        .map(|run| run.len())
        .max()
        .unwrap_or(0);
    println!("longest run at 18 or above: {} days", longest_warm);
}
