// Advent-style binary diagnostic: bit columns counted with shifts, gamma/epsilon by masks, retain-filtered oxygen and CO2 ratings
const REPORT: &str = "00100
11110
10110
10111
10101
01111
00111
11100
10000
11001
00010
01010";

fn ones_at(values: &[u32], bit: u32) -> usize {
    values.iter().filter(|&&v| v >> bit & 1 == 1).count()
}

fn rating(values: &[u32], width: u32, keep_most: bool) -> u32 {
    let mut left = values.to_vec();
    for bit in (0..width).rev() {
        if left.len() == 1 {
            break;
        }
        let ones = ones_at(&left, bit);
        let zeros = left.len() - ones;
        let wanted = if keep_most { (ones >= zeros) as u32 } else { (ones < zeros) as u32 };
        left.retain(|v| v >> bit & 1 == wanted);
    }
    left[0]
}

fn main() {
    let width = REPORT.lines().next().unwrap().len() as u32;
    let values: Vec<u32> = REPORT
        .lines()
        .map(|l| u32::from_str_radix(l, 2).unwrap())
        .collect();
    let mut gamma = 0u32;
    for bit in 0..width {
        if ones_at(&values, bit) * 2 > values.len() {
            gamma |= 1 << bit;
        }
    }
    let mask = (1u32 << width) - 1;
    let epsilon = !gamma & mask;
    println!("gamma {gamma:05b} = {gamma}, epsilon {epsilon:05b} = {epsilon}");
    println!("part 1: {}", gamma * epsilon);
    let oxygen = rating(&values, width, true);
    let co2 = rating(&values, width, false);
    println!("oxygen {oxygen:05b} = {oxygen}, co2 {co2:05b} = {co2}");
    println!("part 2: {}", oxygen * co2);
    let parity = values.iter().fold(0u32, |acc, v| acc ^ v);
    println!("xor of all: {parity:#07b}, popcount {}", parity.count_ones());
    let leading: Vec<u32> = values.iter().map(|v| v.leading_zeros() - (32 - width)).collect();
    println!("leading zeros: {:?}", leading);
    println!("reversed first: {:05b}", values[0].reverse_bits() >> (32 - width));
}
