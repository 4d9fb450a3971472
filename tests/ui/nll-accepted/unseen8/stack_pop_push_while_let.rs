// A flood-fill work stack popped in `while let` and pushed inside the loop body.
fn main() {
    let grid = ["..#", ".##", "..."];
    let mut seen = vec![vec![false; 3]; 3];
    let mut stack = vec![(0usize, 0usize)];
    let mut count = 0;
    while let Some((r, c)) = stack.pop() {
        if seen[r][c] || grid[r].as_bytes()[c] == b'#' {
            continue;
        }
        seen[r][c] = true;
        count += 1;
        if r + 1 < 3 { stack.push((r + 1, c)); }
        if c + 1 < 3 { stack.push((r, c + 1)); }
        if r > 0 { stack.push((r - 1, c)); }
        if c > 0 { stack.push((r, c - 1)); }
    }
    println!("reached {}", count);
}
