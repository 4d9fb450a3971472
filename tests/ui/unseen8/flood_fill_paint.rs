// A paint bucket tool: recursive and stack-based flood fill on Vec<Vec<char>>, with region statistics.
fn fill_recursive(canvas: &mut Vec<Vec<char>>, r: usize, c: usize, from: char, to: char) -> usize {
    if canvas[r][c] != from {
        return 0;
    }
    canvas[r][c] = to;
    let mut n = 1;
    if r > 0 {
        n += fill_recursive(canvas, r - 1, c, from, to);
    }
    if r + 1 < canvas.len() {
        n += fill_recursive(canvas, r + 1, c, from, to);
    }
    if c > 0 {
        n += fill_recursive(canvas, r, c - 1, from, to);
    }
    if c + 1 < canvas[r].len() {
        n += fill_recursive(canvas, r, c + 1, from, to);
    }
    n
}

fn fill_stack(canvas: &mut [Vec<char>], start: (usize, usize), to: char) -> usize {
    let from = canvas[start.0][start.1];
    if from == to {
        return 0;
    }
    let mut stack = vec![start];
    let mut painted = 0;
    while let Some((r, c)) = stack.pop() {
        if canvas[r][c] != from {
            continue;
        }
        canvas[r][c] = to;
        painted += 1;
        let h = canvas.len();
        let w = canvas[0].len();
        if r > 0 { stack.push((r - 1, c)); }
        if r + 1 < h { stack.push((r + 1, c)); }
        if c > 0 { stack.push((r, c - 1)); }
        if c + 1 < w { stack.push((r, c + 1)); }
    }
    painted
}

fn show(canvas: &[Vec<char>]) {
    for row in canvas {
        println!("  {}", row.iter().collect::<String>());
    }
}

fn main() {
    let art = "\
..........
.####.....
.#..#..##.
.####..#..
.......#..
##........";
    let mut canvas: Vec<Vec<char>> = art.lines().map(|l| l.chars().collect()).collect();
    println!("{}x{} canvas", canvas.len(), canvas[0].len());
    let inside = fill_recursive(&mut canvas, 2, 2, '.', 'o');
    println!("filled inside the box: {}", inside);
    let outside = fill_stack(&mut canvas, (0, 0), '~');
    println!("filled outside: {}", outside);
    let again = fill_stack(&mut canvas, (0, 0), '~');
    println!("refill is a no-op: {}", again);
    show(&canvas);
    let mut counts = [0usize; 4];
    for ch in canvas.iter().flatten() {
        let k = match ch {
            '#' => 0,
            'o' => 1,
            '~' => 2,
            _ => 3,
        };
        counts[k] += 1;
    }
    println!("walls {} inside {} outside {} other {}", counts[0], counts[1], counts[2], counts[3]);
    let corner = fill_recursive(&mut canvas, 5, 0, '#', '@');
    println!("corner wall: {}", corner);
    println!("last row: {}", canvas.last().unwrap().iter().collect::<String>());
}
