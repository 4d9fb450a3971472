//@ compile-fail
// `pub(crate)` is narrower than `pub` even in a binary: `pub use` cannot widen it.
mod a {
    pub(crate) struct Q;
}

pub use a::Q as QQ; //~ ERROR E0364

fn main() {
    let _q = QQ;
}
