// Elementary cellular automata (rules 30, 90, 110) on Vec<bool>, using windows(3) and a rule number's bits.
fn step(cells: &[bool], rule: u8) -> Vec<bool> {
    let mut padded = Vec::with_capacity(cells.len() + 2);
    padded.push(false);
    padded.extend_from_slice(cells);
    padded.push(false);
    padded
        .windows(3)
        .map(|w| {
            let idx = (w[0] as u8) << 2 | (w[1] as u8) << 1 | w[2] as u8;
            rule >> idx & 1 == 1
        })
        .collect()
}

fn render(cells: &[bool]) -> String {
    cells.iter().map(|&c| if c { '█' } else { '·' }).collect()
}

fn run(rule: u8, width: usize, generations: usize) -> Vec<Vec<bool>> {
    let mut cells = vec![false; width];
    cells[width / 2] = true;
    let mut history = vec![cells.clone()];
    for _ in 1..generations {
        cells = step(&cells, rule);
        history.push(cells.clone());
    }
    history
}

fn main() {
    for rule in [30u8, 90, 110] {
        println!("rule {} ({:08b})", rule, rule);
        let history = run(rule, 21, 8);
        for row in &history {
            println!("  {}", render(row));
        }
        let alive: Vec<usize> = history.iter().map(|r| r.iter().filter(|&&c| c).count()).collect();
        println!("  alive per generation {:?}", alive);
        let centre: String = history.iter().map(|r| if r[10] { '1' } else { '0' }).collect();
        println!("  centre column {}", centre);
    }
    let line = render(&step(&[true, true, false, true], 30));
    println!("{} has {} chars and {} bytes", line, line.chars().count(), line.len());
}
