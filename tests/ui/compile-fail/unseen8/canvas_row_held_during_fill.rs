//@ compile-fail
// The first canvas row is borrowed for its width, then the canvas is filled mutably while the row is still used.
fn fill(canvas: &mut Vec<Vec<char>>, to: char) {
    for row in canvas.iter_mut() {
        for c in row.iter_mut() {
            *c = to;
        }
    }
}

fn main() {
    let mut canvas = vec![vec!['.'; 4]; 3];
    let first_row = &canvas[0];
    fill(&mut canvas, '#'); //~ ERROR E0502
    println!("width {}", first_row.len());
}
